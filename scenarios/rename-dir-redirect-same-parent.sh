# title: redirect_dir=on: rename a lower directory in the same parent
# description: The directory alone is copied up and renamed; the upper
#   copy carries trusted.overlay.redirect with the old name relative to
#   its parent ("dir"), its origin, and a whiteout hides the old name. The
#   lower children are still listed under the new name.
mkdir lower upper work merged
mkdir -p lower/dir/sub
echo "x" > lower/dir/x.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/dir merged/renamed
ls merged merged/renamed
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
ls merged/renamed
umount merged
