# title: echo >> appends to a copied-up file
# description: Opening a lower file for append copies it up first, so the
#   upper copy holds the old content plus the new line.
mkdir lower upper work merged
echo "line 1" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "line 2" >> merged/a.txt
cat merged/a.txt
cat lower/a.txt
umount merged
