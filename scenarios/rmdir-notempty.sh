# title: rmdir of a merged directory: ENOTEMPTY until all is whited out
# description: rmdir fails (exit 1, ENOTEMPTY) while a lower child is
#   visible. After the children are removed the directory holds only
#   whiteouts in upper/, and rmdir succeeds: the upper directory and its
#   whiteouts are removed and one whiteout for the directory is left.
# title.zh: rmdir 合并目录：全部白化之前都是 ENOTEMPTY
# description.zh: 只要还有可见的下层子项，rmdir 就会失败（退出状态 1，ENOTEMPTY）。子项删除后，该目录在 upper/ 中只含白化文件，rmdir 成功：上层目录及其白化文件被删除，并为该目录留下一个白化文件。
mkdir lower upper work merged
mkdir lower/dir
echo "a" > lower/dir/a.txt
echo "b" > lower/dir/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rmdir merged/dir
rm merged/dir/a.txt
rmdir merged/dir
rm merged/dir/b.txt
ls -a merged/dir
rmdir merged/dir
ls merged
umount merged
