# title: A whiteout made by hand in an upper-only directory
# description: In a directory that exists only in the upper (not merged),
#   readdir is passed straight through, so a stray whiteout is listed by
#   ls, but lookup hides it: the trace shows it as `unresolvable`. In a
#   merged directory the same whiteout is filtered out of the listing.
# title.zh: 在只属于上层的目录中手工制作的白化文件
# description.zh: 在只存在于上层的目录中（不是合并目录），readdir 直接透传，所以游离的白化文件会被 ls 列出，但查找会隐藏它：trace 把它显示为 `unresolvable`。在合并目录中，同样的白化文件会从列表中过滤掉。
mkdir lower upper work merged
mkdir upper/solo upper/both lower/both
mknod upper/solo/ghost c 0 0
mknod upper/both/ghost c 0 0
echo "real" > upper/solo/real.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged/solo
ls merged/both
cat merged/solo/ghost
rm merged/solo/ghost
rm -f merged/solo/ghost
umount merged
