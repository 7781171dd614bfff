# title: rm -rf of a directory found only in the lower
# description: The directory is copied up (to hold whiteouts for its
#   children while they are removed), then removed, leaving one whiteout.
# title.zh: rm -rf 只在下层的目录
# description.zh: 目录先被 copy-up（用来在删除子项时存放它们的白化文件），然后被删除，只留下一个白化文件。
mkdir lower upper work merged
mkdir -p lower/dir/sub
echo "x" > lower/dir/x.txt
echo "y" > lower/dir/sub/y.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm -rf merged/dir
ls merged
umount merged
