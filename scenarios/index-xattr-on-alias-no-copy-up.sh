# title: An xattr on a hard link whose index is up changes the shared upper
# description: With index=on, copying up one name of a lower hard link puts
#   the object in work/index/ and links it as upper/b/a. The other name,
#   merged/c/a, now finds that upper through the index. Setting or removing
#   an xattr on it works on the shared upper inode directly: overlayfs
#   copies up only an object with no upper at all, so upper/c/a is never
#   made (chmod, by contrast, would link it up).
mkdir lower upper work merged
mkdir -p lower/b lower/c lower/d
echo "shared" > lower/d/b
ln lower/d/b lower/c/a
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
mv merged/d/b merged/b/a
setfattr -x user.k merged/c/a
setfattr -n user.k -v v merged/c/a
getfattr -d merged/b/a
umount merged
