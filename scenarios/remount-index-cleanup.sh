# title: Index entries across umount and mount
# description: With index=on, a copied-up lower hard link lives in
#   work/index/<fh> and in upper/. When every name of it is removed, the
#   index entry becomes a whiteout; the next index=on mount cleans up
#   stale index entries.
# title.zh: umount 和 mount 前后的索引条目
# description.zh: 开启 index=on 时，copy-up 后的下层硬链接同时位于 work/index/<fh> 和 upper/ 中。当它的每个名字都被删除后，索引条目变成一个白化文件；下一次 index=on 挂载会清理过时的索引条目。
mkdir lower upper work merged
echo "shared" > lower/a.txt
ln lower/a.txt lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
echo "more" >> merged/a.txt
cat merged/b.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
rm merged/a.txt
rm merged/b.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
ls merged
umount merged
