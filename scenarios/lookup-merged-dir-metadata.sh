# title: A merged directory takes the topmost copy's metadata
# description: The upper copy of a directory has mode 0700, the lower
#   copy 0755: merged/ shows 0700. With a top lower at 0750 over a base at
#   0755 and no upper copy, 0750 shows.
# title.zh: 合并目录采用最上层那份的元数据
# description.zh: 目录的上层副本权限为 0700，下层副本为 0755：merged/ 显示 0700。若最上面的下层为 0750、底层为 0755 且没有上层副本，则显示 0750。
mkdir top base upper work merged
mkdir upper/d base/d top/e base/e
chmod 700 upper/d
chmod 750 top/e
echo "x" > base/d/x.txt
echo "y" > base/e/y.txt
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work ./merged
ls merged/d merged/e
umount merged
