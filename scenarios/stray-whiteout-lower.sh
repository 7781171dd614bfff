# title: Whiteouts made by hand in the lower layers
# description: A whiteout in the top lower hides the same name in the
#   base. A whiteout in a lower-only directory of a read-only stack is
#   listed but unresolvable, like in the upper. A lone whiteout in a lower
#   with nothing below hides nothing and is simply not there.
# title.zh: 在下层中手工制作的白化文件
# description.zh: 最上面的下层中的白化文件会遮住底层中的同名项。只读层栈中只属于某个下层的目录里的白化文件会被列出但无法解析，与上层中的情况相同。下面什么都没有的下层中单独的白化文件什么也不遮住，它本身也不会出现。
mkdir top base upper work merged
mkdir top/solo
echo "base a" > base/a.txt
mknod top/a.txt c 0 0
mknod top/solo/ghost c 0 0
mknod top/nothing c 0 0
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work ./merged
ls merged merged/solo
cat merged/a.txt
echo "new" > merged/a.txt
umount merged
