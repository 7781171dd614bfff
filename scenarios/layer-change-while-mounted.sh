# title: Changing a layer directly while it is mounted
# description: Writes to a lower file show through merged/ at once (the
#   data is read from the lower file). Files added to the lower or upper
#   behind the overlay's back appear in the listing. A lower file
#   removed behind its back drops out of the listing, but its cached
#   lookup still opens the old file, so cat still prints it.
mkdir lower upper work merged
echo "v1" > lower/a.txt
echo "gone soon" > lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/a.txt
echo "v2" > lower/a.txt
cat merged/a.txt
echo "added below" > lower/c.txt
echo "added above" > upper/d.txt
ls merged
rm lower/b.txt
ls merged
cat merged/b.txt
umount merged
