# title: mv of a lower file: copy-up, rename, whiteout
# description: Renaming a lower file copies it up, renames the copy (it
#   keeps its origin) and leaves a whiteout at the old name.
# title.zh: mv 下层文件：copy-up、重命名、白化
# description.zh: 重命名下层文件会先将其 copy-up，再重命名副本（保留 origin），并在旧名字处留下一个白化文件。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mv merged/a.txt merged/b.txt
ls merged
umount merged
