# title: truncate -s copies up and resizes
# description: truncate on a lower file copies it up (origin kept) and
#   then cuts the upper copy; the lower file is untouched.
# title.zh: truncate -s 会 copy-up 并调整大小
# description.zh: 对下层文件 truncate 会先 copy-up（保留 origin），再截断上层副本；下层文件不受影响。
mkdir lower upper work merged
echo "0123456789" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
truncate -s 4 merged/a.txt
cat merged/a.txt
truncate -s 0 merged/a.txt
umount merged
