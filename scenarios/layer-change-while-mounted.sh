# title: Changing a layer directly while it is mounted
# description: Writes to a lower file show through merged/ at once (the
#   data is read from the lower file). Files added to the lower or upper
#   behind the overlay's back appear in the listing. A lower file
#   removed behind its back drops out of the listing, but its cached
#   lookup still opens the old file, so cat still prints it.
# title.zh: 挂载期间直接修改某一层
# description.zh: 对下层文件的写入会立即在 merged/ 中体现（数据从下层文件读取）。绕过 overlay 加入下层或上层的文件会出现在列表中。绕过 overlay 删除的下层文件会从列表中消失，但其缓存的查找仍能打开旧文件，所以 cat 仍会打印它。
mkdir lower upper work merged
echo "v1" > lower/a.txt
echo "gone soon" > lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/a.txt
echo "v2" > lower/a.txt
cat merged/a.txt
echo "added below" > lower/c.txt
echo "added above" > upper/d.txt
ls merged
rm lower/b.txt
ls merged
cat merged/b.txt
umount merged
