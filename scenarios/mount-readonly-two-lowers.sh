# title: No upperdir: a read-only overlay of two lowers
# description: Without upperdir the overlay is read-only and needs at
#   least two lowerdirs. Reads merge as usual; every write fails with
#   EROFS (exit status 1) and nothing on disk changes.
# title.zh: 没有 upperdir：由两个下层组成的只读 overlay
# description.zh: 没有 upperdir 时，overlay 是只读的，并且至少需要两个 lowerdir。读取照常合并；每次写入都以 EROFS 失败（退出状态 1），磁盘上没有任何变化。
mkdir top base merged
echo "top" > top/a.txt
echo "base" > base/a.txt
echo "only in base" > base/b.txt
mkdir base/dir
mount -t overlay overlay -o lowerdir=./top:./base ./merged
cat merged/a.txt
ls merged
echo "edit" > merged/a.txt
touch merged/new.txt
rm merged/b.txt
mkdir merged/newdir
rmdir merged/dir
chmod 600 merged/b.txt
umount merged
