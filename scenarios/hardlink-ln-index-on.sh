# title: ln through merged/ with index=on
# description: A lower file with a single link is copied up normally (no
#   index entry: only lower hard links are indexed unless nfs_export=on)
#   and the new name is an ordinary upper hard link; no nlink xattr.
# title.zh: index=on 时通过 merged/ 执行 ln
# description.zh: 只有一个链接的下层文件按常规 copy-up（没有索引条目：除非 nfs_export=on，否则只为下层硬链接建立索引），新名字是普通的上层硬链接；没有 nlink 扩展属性。
mkdir lower upper work merged
echo "single" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
ln merged/a.txt merged/b.txt
echo "more" >> merged/b.txt
cat merged/a.txt
umount merged
