# title: metacopy + redirect_dir: a hard link to a renamed metacopy file
# description: A metacopy file renamed within its directory records its
#   old name as a relative redirect. Linking it (ovl_link ->
#   ovl_set_link_redirect) needs an absolute redirect: ovl_get_redirect
#   builds it from the file's own relative redirect and its parents' names
#   or redirects, so it names the lower file the data lives in ("/d/f"),
#   on the one upper inode both names share. Both names keep reading the
#   data, before and after a remount.
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
