# title: A name that appears in upper/ behind the overlay stays unreachable
# description: Looking up a missing name caches a negative dentry. When the
#   name then appears in upper/ directly, creating it through the overlay
#   (mkdir, ln) fails with ESTALE: the upper has it, the cache says it is
#   not there. The failed create keeps the negative dentry, so the name is
#   listed but cannot be reached until the next mount.
# title.zh: 绕过 overlay 出现在 upper/ 中的名字仍然无法访问
# description.zh: 查找一个不存在的名字会缓存一个负 dentry。之后该名字直接出现在 upper/ 中时，通过 overlay 创建它（mkdir、ln）会以 ESTALE 失败：上层有它，缓存却说它不存在。失败的创建保留了负 dentry，因此该名字会被列出，但在下一次挂载之前无法访问。
mkdir lower upper work merged
echo "from lower" > lower/f
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
cat merged/b/c
cat merged/g
mkdir -p upper/b
echo "behind" > upper/g
mkdir -p merged/b/d
ln merged/f merged/g
cat merged/g
ls merged/b
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
cat merged/g
ls merged
umount merged
