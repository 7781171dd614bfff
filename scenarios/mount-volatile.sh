# title: volatile leaves a dirty marker in the workdir
# description: A volatile mount creates work/work/incompat/volatile/dirty
#   (all mode 0000). The marker survives umount, and the next mount of the
#   same upper/work without `volatile` is refused until it is deleted; a
#   volatile mount of the same pair is also refused.
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,volatile ./merged
echo "edited" > merged/a.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,volatile ./merged
rm -r work/work/incompat
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/a.txt
umount merged
