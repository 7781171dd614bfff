# title: chmod copies up, then changes the copy's mode
# description: chmod on a lower file copies it up with data and origin,
#   then applies the new mode to the upper copy; the lower keeps 0644.
# title.zh: chmod 先 copy-up，再修改副本的权限
# description.zh: 对下层文件 chmod 时，先连同数据和 origin 将其 copy-up，再把新权限应用到上层副本；下层文件保持 0644。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
chmod 600 merged/a.txt
umount merged
