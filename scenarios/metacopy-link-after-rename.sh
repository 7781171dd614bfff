# title: metacopy + redirect_dir: a hard link to a renamed metacopy file
# description: A metacopy file renamed within its directory records its
#   old name as a relative redirect. Linking it (ovl_link ->
#   ovl_set_link_redirect) needs an absolute redirect: ovl_get_redirect
#   builds it from the file's own relative redirect and its parents' names
#   or redirects, so it names the lower file the data lives in ("/d/f"),
#   on the one upper inode both names share. Both names keep reading the
#   data, before and after a remount.
# title.zh: metacopy + redirect_dir：对重命名过的 metacopy 文件建立硬链接
# description.zh: 在同一目录内重命名的 metacopy 文件会把旧名字记录为相对 redirect。为它建立链接（ovl_link -> ovl_set_link_redirect）需要绝对 redirect：ovl_get_redirect 根据文件自身的相对 redirect 及其各级父目录的名字或 redirect 构造出它，指向数据所在的下层文件（"/d/f"），存放在两个名字共享的那个上层 inode 上。重新挂载前后，两个名字都能读到数据。
mkdir lower upper work merged
mkdir -p lower/d lower/e
echo data > lower/d/f
echo other > lower/x
echo deep > lower/e/k
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on,redirect_dir=on ./merged
mv merged/d/f merged/d/g
getfattr -h -n trusted.overlay.redirect --only-values upper/d/g
ln merged/d/g merged/d/h
getfattr -h -n trusted.overlay.redirect --only-values upper/d/g
getfattr -h -n trusted.overlay.redirect --only-values upper/d/h
cat merged/d/g merged/d/h
mv merged/x merged/d/y
ln merged/d/y merged/z
getfattr -h -n trusted.overlay.redirect --only-values upper/z
mv merged/e merged/e2
mv merged/e2/k merged/e2/k2
ln merged/e2/k2 merged/k3
getfattr -h -n trusted.overlay.redirect --only-values upper/e2/k2
cat merged/z merged/d/y merged/k3 merged/e2/k2
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on,redirect_dir=on ./merged
cat merged/d/g merged/d/h merged/z merged/d/y merged/k3 merged/e2/k2
ls merged merged/d merged/e2
umount merged
