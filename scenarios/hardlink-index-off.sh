# title: Lower hard links break apart on copy-up without index
# description: lower/a.txt and lower/b.txt are one inode. Without index,
#   writing a.txt through merged/ copies up only a.txt: b.txt still
#   shows the old lower content. A copy-up of a lower file with several
#   links gets no trusted.overlay.origin at all when index is off.
#   Writing b.txt later makes a second, separate upper file.
# title.zh: 没有 index 时，下层硬链接在 copy-up 时被拆开
# description.zh: lower/a.txt 和 lower/b.txt 是同一个 inode。没有 index 时，通过 merged/ 写 a.txt 只会 copy-up a.txt：b.txt 仍显示旧的下层内容。index 关闭时，有多个链接的下层文件在 copy-up 后完全没有 trusted.overlay.origin。之后写 b.txt 会生成第二个独立的上层文件。
mkdir lower upper work merged
echo "shared" > lower/a.txt
ln lower/a.txt lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "via a" >> merged/a.txt
cat merged/a.txt merged/b.txt
echo "via b" >> merged/b.txt
cat merged/a.txt merged/b.txt
umount merged
