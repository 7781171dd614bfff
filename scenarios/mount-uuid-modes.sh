# title: When the upper root gets trusted.overlay.uuid
# description: uuid=off and uuid=null write nothing. The default
#   (uuid=auto) writes a uuid only if the upper root carries neither a uuid
#   nor trusted.overlay.impure, i.e. on the first mount of a fresh upper;
#   an upper already made impure by an older mount stays without uuid.
#   uuid=on always writes one.
mkdir lower upper work merged
mkdir lower/dir
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,uuid=off ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,uuid=null ./merged
echo "edited" > merged/a.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,uuid=on ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,uuid=off ./merged
umount merged
