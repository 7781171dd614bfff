# title: setfattr user.* copies up and sets the xattr on the copy
# description: Setting a user xattr through merged/ copies the file up;
#   the xattr lands on the upper copy next to trusted.overlay.origin and
#   getfattr through merged/ shows it (but not the overlay's own xattrs).
# title.zh: setfattr user.* 会 copy-up 并在副本上设置扩展属性
# description.zh: 通过 merged/ 设置 user 扩展属性会把文件 copy-up；该属性落在上层副本上，与 trusted.overlay.origin 并列，通过 merged/ 执行 getfattr 可以看到它（但看不到 overlay 自己的扩展属性）。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
setfattr -n user.color -v blue merged/a.txt
getfattr -n user.color merged/a.txt
getfattr -d merged/a.txt
umount merged
