# title: Symlinks in path resolution: dangling links, O_CREAT, slashes in a link
# description: > through a dangling symlink creates its target (O_CREAT
#   follows); a link whose body ends in a slash asks for a directory, so a
#   file behind it is ENOTDIR and creating through it EISDIR; mkdir -p and
#   cd ask for directories (O_DIRECTORY) and stop at a file; ls and readlink
#   see the same rules. Without an overlay, then through one.
# title.zh: 路径解析中的符号链接：悬空链接、O_CREAT、链接内容中的斜杠
# description.zh: 通过悬空符号链接执行 > 会创建其目标（O_CREAT 跟随链接）；内容以斜杠结尾的链接要求目录，所以其后是文件时为 ENOTDIR，通过它创建时为 EISDIR；mkdir -p 和 cd 要求目录（O_DIRECTORY），遇到文件即停止；ls 和 readlink 遵循同样的规则。先不经过 overlay，再经过 overlay。
echo f > f
mkdir d
ln -s nowhere dang
ln -s f/ lfs
ln -s nowhere/ dangs
ln -s d/ lds
cat lfs
echo x > lfs
echo x > dangs
stat -c %F lds
ls lfs
readlink -f f/
readlink lfs/
mkdir -p f/x
mkdir -p dang/x
cd f
echo "through the link" > dang
cat nowhere
mkdir lower upper work merged
mv f d dang lfs dangs lds nowhere lower
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/lfs
echo x > merged/lfs
echo x > merged/dangs
ls merged/lfs
mkdir -p merged/f/x
cd merged/f
rm merged/nowhere
echo new > merged/dang
cat merged/nowhere
ls upper
umount merged
