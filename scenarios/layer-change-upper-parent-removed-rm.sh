# title: Removing a name whose upper directory was removed behind the overlay
# description: merged/a merges upper/a and base/a. upper/a is then removed
#   directly. rm and rmdir of a name under merged/a, from the lower or from
#   the removed upper/a, first look the name up in the upper parent; in a
#   removed directory that lookup fails with ENOENT, so no whiteout is made
#   (none in work/, with or without index) and rm says "No such file or
#   directory" (rm -rf keeps quiet and exits 0).
# title.zh: 绕过 overlay 删除上层目录后，再删除其中的名字
# description.zh: merged/a 合并了 upper/a 和 base/a。随后直接删除 upper/a。删除 merged/a 下的名字（来自下层或来自已删除的 upper/a）时，rm 和 rmdir 先在上层父目录中查找该名字；在已删除的目录中查找会以 ENOENT 失败，因此不会创建 whiteout（无论是否启用 index，work/ 中都没有），rm 报告“No such file or directory”（rm -rf 不报错并以 0 退出）。
mkdir top base upper work merged
mkdir -p base/a/c base/a/d
echo "base" > base/a/f
mkdir -p upper/a/b
echo "upper" > upper/a/g
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,index=on ./merged
rm -rf upper/a
rm merged/a/f 2>&1
rmdir merged/a/c 2>&1
rm -rf merged/a/d
rm merged/a/b 2>&1
rm merged/a/g 2>&1
umount merged
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,index=off ./merged
mkdir upper/a
ls merged/a
rm -rf upper/a
rm merged/a/f 2>&1
rmdir merged/a/c 2>&1
umount merged
