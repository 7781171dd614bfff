# title: userxattr: the overlay's xattrs under user.overlay.*
# description: With -o userxattr (meant for mounts in a user namespace) the
#   overlay reads and writes its private xattrs as user.overlay.* instead of
#   trusted.overlay.*: an upper directory marked user.overlay.opaque=y is
#   opaque, a copy-up records user.overlay.origin, the upper root gets
#   user.overlay.impure and user.overlay.uuid, mkdir over a whiteout sets
#   user.overlay.opaque, and merged/ hides them all. A known gap: the engine
#   accepts the option but keeps using trusted.overlay.*.
# title.zh: userxattr：overlay 的扩展属性改用 user.overlay.*
# description.zh: 使用 -o userxattr（用于用户命名空间中的挂载）时，overlay 以 user.overlay.* 而非 trusted.overlay.* 读写其私有扩展属性：带 user.overlay.opaque=y 的上层目录是 opaque 的，copy-up 记录 user.overlay.origin，上层根目录得到 user.overlay.impure 和 user.overlay.uuid，在 whiteout 上 mkdir 会设置 user.overlay.opaque，merged/ 把它们全部隐藏。这是已知差距：引擎接受该选项，但仍使用 trusted.overlay.*。
mkdir l upper work merged
mkdir l/d l/o
echo f > l/f
echo g > l/g
echo in > l/o/in
mkdir upper/o
setfattr -n user.overlay.opaque -v y upper/o
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,userxattr ./merged
ls merged merged/o
chmod 600 merged/f
rm merged/g
rmdir merged/d
mkdir merged/d
getfattr -d -m - merged/f merged/o
umount merged
