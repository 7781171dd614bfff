# title: rm -rf of a directory found only in the upper
# description: Nothing below to hide: the directory and its contents are
#   simply removed, no whiteout, and no shared whiteout in work/work.
# title.zh: rm -rf 只在上层的目录
# description.zh: 下面没有需要遮住的东西：目录及其内容直接被删除，没有白化文件，work/work 中也没有共享白化文件。
mkdir lower upper work merged
mkdir -p upper/dir/sub
echo "x" > upper/dir/x.txt
echo "y" > upper/dir/sub/y.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm -rf merged/dir
ls merged
umount merged
