# title: A merged directory's upper renamed behind the overlay keeps its old name
# description: A directory has one dentry per overlay inode, and a merged
#   directory's inode is found by its lower (ovl_hash_bylower). upper/b, the
#   upper of the merged merged/b, is renamed to upper/a/b behind the
#   overlay. Looked up as merged/a/b it has no lower there: a pure upper
#   directory, another inode. So merged/b keeps its dentry and goes on
#   reading the moved directory (f, and its xattr), while merged/a/b shows
#   it too. A pure upper directory renamed the same way is one inode: its
#   dentry moves to the new name and the old name is gone.
# title.zh: 合并目录的上层在 overlay 背后被改名后，旧名字仍然保留
# description.zh: 每个 overlay inode 只有一个目录 dentry，而合并目录的 inode 按其下层查找（ovl_hash_bylower）。合并目录 merged/b 的上层 upper/b 在 overlay 背后被改名为 upper/a/b。以 merged/a/b 查找时它在那里没有下层：是纯上层目录，另一个 inode。所以 merged/b 保留自己的 dentry，继续读取被移走的目录（f 及其 xattr），merged/a/b 也显示它。以同样方式改名的纯上层目录是同一个 inode：它的 dentry 移到新名字上，旧名字消失。
mkdir lower upper work merged
mkdir -p lower/b lower/c upper/a upper/b upper/p
echo "lower b/g" > lower/b/g
echo "upper b/f" > upper/b/f
echo "upper p/f" > upper/p/f
setfattr -n user.k -v upper upper/b
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mv upper/b upper/a/b
mv upper/p upper/a/p
ls merged/b
cat merged/b/f
getfattr -n user.k merged/b
ls merged/a/b
ls merged
umount merged
ls merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged/b
umount merged
