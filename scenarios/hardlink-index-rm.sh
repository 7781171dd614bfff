# title: index=on: removing one name of an indexed hard link
# description: With index on, temporary files and the shared whiteout
#   live in work/index, not work/work. Removing a.txt (copied up,
#   indexed) leaves a whiteout; the index entry stays while b.txt still
#   shows it, and goes away when the last name is removed.
# title.zh: index=on：删除已建索引的硬链接的一个名字
# description.zh: 开启 index 时，临时文件和共享白化文件位于 work/index，而不是 work/work。删除 a.txt（已 copy-up、已建索引）会留下一个白化文件；只要 b.txt 还显示它，索引条目就保留，最后一个名字被删除后索引条目才消失。
mkdir lower upper work merged
echo "shared" > lower/a.txt
ln lower/a.txt lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
echo "via a" >> merged/a.txt
rm merged/a.txt
cat merged/b.txt
rm merged/b.txt
ls merged
umount merged
