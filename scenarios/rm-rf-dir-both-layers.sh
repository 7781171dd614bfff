# title: rm -r of a directory present in lower and upper
# description: rm -r removes each child (upper children unlinked, lower
#   ones whited out), then rmdir cleans the upper directory and leaves a
#   single whiteout for it.
# title.zh: rm -r 同时存在于下层和上层的目录
# description.zh: rm -r 逐个删除子项（上层子项被 unlink，下层子项被白化），然后 rmdir 清理上层目录，并为它留下一个白化文件。
mkdir lower upper work merged
mkdir lower/dir upper/dir
mkdir lower/dir/sub
echo "lower" > lower/dir/lo.txt
echo "lower sub" > lower/dir/sub/x.txt
echo "upper" > upper/dir/up.txt
echo "both l" > lower/dir/both.txt
echo "both u" > upper/dir/both.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm -r merged/dir
ls -a merged
umount merged
