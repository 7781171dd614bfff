# title: cp and ln: the same-file and overwrite rules of coreutils 9.1
# description: cp onto a symlink to the source, onto a hard link of it, or
#   of a symlink onto its target (cp -d, cp -P) fails "are the same file";
#   cp -d of one symlink onto another replaces the link; cp will not write
#   through a dangling symlink. ln -f replaces a file but never a directory
#   ("cannot overwrite directory", also with -T), and refuses a name onto
#   itself; ln -f onto another hard link of the file is fine.
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
