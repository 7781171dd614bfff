# title: echo > on a lower file: copy-up, then truncate
# description: Opening with O_TRUNC still copies up (the copy keeps an
#   origin xattr); the data is then replaced.
# title.zh: 对下层文件 echo >：先 copy-up，再截断
# description.zh: 以 O_TRUNC 打开仍然会 copy-up（副本保留 origin 扩展属性）；之后数据被替换。
mkdir lower upper work merged
echo "old content from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "new" > merged/a.txt
cat merged/a.txt
umount merged
