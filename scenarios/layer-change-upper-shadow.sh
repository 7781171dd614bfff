# title: Writing the upper behind the overlay's back
# description: Once a lower file has been looked up through merged/, a
#   file created with the same name directly in upper/ is not seen at
#   once: the cached lookup still points at the lower file. After umount
#   and mount the upper file wins.
# title.zh: 绕过 overlay 写上层
# description.zh: 下层文件一旦通过 merged/ 被查找过，之后直接在 upper/ 中创建的同名文件不会立即可见：缓存的查找仍指向下层文件。umount 并重新 mount 后，上层文件胜出。
mkdir lower upper work merged
echo "lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/a.txt
echo "upper" > upper/a.txt
cat merged/a.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/a.txt
umount merged
