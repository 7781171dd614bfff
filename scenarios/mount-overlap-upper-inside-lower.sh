# title: An upper or work inside the lower is allowed
# description: The kernel deliberately accepts upperdir (or workdir) as a
#   subdirectory of a lowerdir, so the lower's listing through merged/
#   shows the upper and work directories themselves.
mkdir lower merged
mkdir lower/upper lower/work
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./lower/upper,workdir=./lower/work ./merged
ls merged
echo "edit" > merged/a.txt
umount merged
