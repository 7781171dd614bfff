# title: echo >> appends to a copied-up file
# description: Opening a lower file for append copies it up first, so the
#   upper copy holds the old content plus the new line.
# title.zh: echo >> 追加到 copy-up 后的文件
# description.zh: 以追加方式打开下层文件会先将其 copy-up，因此上层副本包含旧内容和新追加的一行。
mkdir lower upper work merged
echo "line 1" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "line 2" >> merged/a.txt
cat merged/a.txt
cat lower/a.txt
umount merged
