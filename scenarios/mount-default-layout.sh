# title: What a plain mount writes into upper/ and work/
# description: A default mount (no options) stamps the upper root with
#   trusted.overlay.uuid and creates work/work with mode 0000. Both stay
#   after umount; nothing else appears until something is changed.
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mkdir lower/dir
echo "from upper" > upper/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged
cat merged/a.txt
umount merged
ls merged
