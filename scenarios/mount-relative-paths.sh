# title: Relative layer paths, with .. and from another directory
# description: Layer paths are resolved from the current directory of
#   mount(8), with .. allowed; the mount point too.
mkdir lower upper work merged sub
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=sub/../lower,upperdir=./sub/../upper,workdir=work merged
ls merged
umount merged
cd sub
mount -t overlay overlay -o lowerdir=../lower,upperdir=../upper,workdir=../work ../merged
ls ../merged
umount ../merged
