# title: Looking up a merge directory writes origin and impure
# description: A directory present in both upper and lower (made by hand)
#   has no origin xattr; the first lookup through merged/ stores
#   trusted.overlay.origin on the upper directory and marks its upper
#   parent impure. The oracle looks up everything after each step, so
#   this shows right after mount; it happens even on a -o ro mount. A file
#   present in both layers gets nothing.
mkdir lower upper work merged
mkdir -p lower/dir/sub upper/dir/sub
echo "l" > lower/f.txt
echo "u" > upper/f.txt
mount -t overlay overlay -o ro,lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged/dir
umount merged
