# title: metacopy + redirect_dir + index: renaming hard links, copying up redirected metacopies
# description: An audit of where redirect, metacopy and index meet. A renamed
#   metacopy keeps its relative redirect through a data copy-up (the
#   metacopy mark goes, the redirect stays); a lower hard link (indexed)
#   renamed within its directory gets an absolute redirect, since another
#   name shares its lower; its links renamed anywhere share that one upper
#   inode and redirect; a linked metacopy moved again keeps its absolute
#   redirect; every name reads the same data after a remount.
# title.zh: metacopy + redirect_dir + index：重命名硬链接、copy-up 带 redirect 的 metacopy 文件
# description.zh: 审查 redirect、metacopy 和 index 交汇之处。重命名过的 metacopy 文件在数据 copy-up 后保留其相对 redirect（metacopy 标记去掉，redirect 保留）；在同一目录内重命名的下层硬链接（已建索引）会得到绝对 redirect，因为还有另一个名字共享它的下层；它的各个链接无论重命名到哪里，都共享同一个上层 inode 和 redirect；再次移动的已链接 metacopy 文件保留其绝对 redirect；重新挂载后每个名字读到的数据都相同。
mkdir lower upper work merged
mkdir -p lower/d lower/e
echo data > lower/d/f
echo two > lower/d/t
ln lower/d/t lower/d/t2
echo three > lower/e/h
echo four > lower/m
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on,redirect_dir=on,index=on ./merged
mv merged/d/f merged/d/g
echo more >> merged/d/g
getfattr -h -d -m 'trusted.overlay.(metacopy|nlink|redirect)' -e text upper/d/g
cat merged/d/g
mv merged/d/t merged/d/u
getfattr -h -d -m 'trusted.overlay.(metacopy|nlink|redirect)' -e text upper/d/u
cat merged/d/u merged/d/t2
ln merged/d/u merged/e/u2
mv merged/e/u2 merged/u3
getfattr -h -d -m 'trusted.overlay.(metacopy|nlink|redirect)' -e text upper/d/u upper/u3
cat merged/u3 merged/d/u merged/d/t2
chmod 600 merged/d/t2
mv merged/d/t2 merged/e/t3
getfattr -h -d -m 'trusted.overlay.(metacopy|nlink|redirect)' -e text upper/e/t3
echo x >> merged/e/t3
cat merged/e/t3 merged/d/u merged/u3
mv merged/e/h merged/e/h2
truncate -s 2 merged/e/h2
getfattr -h -d -m 'trusted.overlay.(metacopy|nlink|redirect)' -e text upper/e/h2
cat merged/e/h2
mv merged/m merged/d/m2
chmod 700 merged/d/m2
ln merged/d/m2 merged/e/m3
mv merged/d/m2 merged/m4
cat merged/m4 merged/e/m3
echo end >> merged/e/m3
getfattr -h -d -m 'trusted.overlay.(metacopy|nlink|redirect)' -e text upper/m4 upper/e/m3
cat merged/m4
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on,redirect_dir=on,index=on ./merged
cat merged/d/g merged/d/u merged/u3 merged/e/t3 merged/e/h2 merged/m4 merged/e/m3
ls merged merged/d merged/e
umount merged
