# title: An image layer's whiteout in a directory no lower layer has
# description: Docker unpacks `.wh.NAME` as a 0/0 character device even when
#   nothing below has NAME. In a directory that only that layer holds (so
#   not merged), overlayfs passes readdir straight through: `ghost` is listed,
#   but lookup takes the whiteout for "no such name", so lstat and cat fail.
#   Where the directory is merged (etc), the same whiteout is filtered out.
mkdir -p overlay2/l1/diff/etc overlay2/l2/diff/newdir overlay2/l2/diff/etc upper work merged
echo "base" > overlay2/l1/diff/etc/os-release
mknod overlay2/l2/diff/newdir/ghost c 0 0
echo "kept" > overlay2/l2/diff/newdir/kept
mknod overlay2/l2/diff/etc/phantom c 0 0
mount -t overlay overlay -o lowerdir=overlay2/l2/diff:overlay2/l1/diff,upperdir=upper,workdir=work merged
ls -a merged/newdir
cat merged/newdir/ghost
ls -a merged/etc
stat -c %F merged/newdir/kept
umount merged
