# title: metacopy=on: chmod copies metadata only
# description: With metacopy=on, chmod of a lower file creates an upper
#   file with the new mode and the full size but no data blocks, marked
#   trusted.overlay.metacopy (empty value) plus origin; reads still come
#   from the lower. Reading the upper file directly shows NUL bytes.
#   A later write copies the data and removes the mark.
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
chmod 600 merged/a.txt
cat merged/a.txt
echo "appended" >> merged/a.txt
cat merged/a.txt
umount merged
