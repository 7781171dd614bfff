# title: cp and ln: the same-file and overwrite rules of coreutils 9.1
# description: cp onto a symlink to the source, onto a hard link of it, or
#   of a symlink onto its target (cp -d, cp -P) fails "are the same file";
#   cp -d of one symlink onto another replaces the link; cp will not write
#   through a dangling symlink. ln -f replaces a file but never a directory
#   ("cannot overwrite directory", also with -T), and refuses a name onto
#   itself; ln -f onto another hard link of the file is fine.
# title.zh: cp 和 ln：coreutils 9.1 的同一文件与覆盖规则
# description.zh: cp 到指向源文件的符号链接、到源文件的硬链接，或把符号链接复制到其目标上（cp -d、cp -P），都会以“are the same file”失败；cp -d 把一个符号链接复制到另一个上会替换该链接；cp 不会通过悬空符号链接写入。ln -f 可以替换文件但绝不替换目录（“cannot overwrite directory”，加 -T 也一样），并拒绝把名字链接到自身；ln -f 到该文件的另一个硬链接则可以。
echo "the data" > f
ln f h
ln -s f lf
ln -s lf llf
ln -s nowhere dang
mkdir d
cp f lf
cp -f f h
cp lf f
cp -d lf f
cp -P lf f
cp -d llf lf
readlink lf
cp f dang
cp -f f dang
ls
ln -f f h
ln -fT f d
ln -sfT f d
ln -f ./f f
ln -sf ./f f
ln -f f d
ls d
ln -sfn f ld
ln -T f d
cat f h d/f
