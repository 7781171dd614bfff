# title: metacopy=on: truncate after chmod brings the data up
# description: A metacopy file (after chmod) gets its data on truncate:
#   the mark is removed and the upper file holds the cut lower data.
# title.zh: metacopy=on：chmod 之后 truncate 把数据带上来
# description.zh: metacopy 文件（chmod 之后）在 truncate 时获得数据：标记被移除，上层文件保存截断后的下层数据。
mkdir lower upper work merged
echo "0123456789" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
chmod 640 merged/a.txt
truncate -s 5 merged/a.txt
cat merged/a.txt
umount merged
