# title: Data-only lower layers without metacopy=on, with or without userxattr
# description: Since Linux 6.15 data-only lower layers (lowerdir=meta::data)
#   need no metacopy=on: a metacopy file in a lower layer whose absolute
#   redirect names a file in a data-only layer reads that file's data,
#   with metacopy off, redirect_dir=nofollow or userxattr (then the marks
#   are user.overlay.*). A copy-up takes the whole data, since metacopy is
#   off.
# title.zh: 不开 metacopy=on 的纯数据下层，带或不带 userxattr
# description.zh: 自 Linux 6.15 起，纯数据下层（lowerdir=meta::data）不再需要 metacopy=on：下层中的 metacopy 文件若有指向纯数据层中某个文件的绝对 redirect，就会读取那个文件的数据，无论 metacopy 关闭、redirect_dir=nofollow，还是使用 userxattr（此时标记为 user.overlay.*）。由于 metacopy 关闭，copy-up 会复制全部数据。
mkdir l ul d upper work merged
echo data > d/blob
echo meta > l/f
echo meta > ul/f
setfattr -n trusted.overlay.redirect -v /blob l/f
setfattr -n trusted.overlay.metacopy -v "" l/f
setfattr -n user.overlay.redirect -v /blob ul/f
setfattr -n user.overlay.metacopy -v "" ul/f
mount -t overlay overlay -o lowerdir=./l::./d,metacopy=off ./merged
cat merged/f
umount merged
mount -t overlay overlay -o lowerdir=./l::./d,redirect_dir=nofollow ./merged
cat merged/f
umount merged
mount -t overlay overlay -o lowerdir=./ul::./d,userxattr ./merged
cat merged/f
ls merged
umount merged
mount -t overlay overlay -o lowerdir=./ul::./d,upperdir=./upper,workdir=./work,userxattr ./merged
chmod 600 merged/f
cat merged/f
umount merged
