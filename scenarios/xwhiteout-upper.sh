# title: An xattr whiteout in the upper layer
# description: Lookup treats any empty regular file carrying
#   trusted.overlay.whiteout as a whiteout, in the upper too: it hides the
#   lower file. The upper root is not marked opaque=x, so readdir still
#   lists the name, which cannot be looked up (unresolvable).
mkdir lower upper work merged
echo "base" > lower/f.txt
touch upper/f.txt upper/g.txt
setfattr -n trusted.overlay.whiteout -v y upper/f.txt
setfattr -n trusted.overlay.whiteout -v y upper/g.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged
cat merged/f.txt
umount merged
