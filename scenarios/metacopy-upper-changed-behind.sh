# title: A metacopy upper rewritten behind the overlay
# description: Found by the differential census (seed 1001). The size
#   stat shows for a metacopy file is its upper inode's (ovl_getattr); the
#   data comes from below. Writing the upper directly while mounted makes
#   them differ: stat says 5 bytes, cat reads the lower's 6, and the
#   oracle (which reads st_size bytes) records 5.
# title.zh: 绕过 overlay 改写的 metacopy 上层文件
# description.zh: 由差分普查（种子 1001）发现。metacopy 文件 stat 显示的大小来自其上层 inode（ovl_getattr），数据却来自下层。挂载期间直接写上层会让两者不一致：stat 显示 5 字节，cat 读到下层的 6 字节，而 oracle（读取 st_size 个字节）记录 5 字节。
mkdir lower upper work merged
echo "top c" > lower/c
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
setfattr -n user.x -v y merged/c
echo "late" > upper/c
cat merged/c
stat -c %s merged/c
umount merged
