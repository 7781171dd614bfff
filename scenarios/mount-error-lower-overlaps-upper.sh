# title: A lower equal to or inside the upper fails late, after writing
# description: upperdir equal to lowerdir, or a lowerdir inside the
#   upperdir, fails with ELOOP (exit 32) only after the upper and work
#   have been set up: work/work is left behind, and in the second case the
#   upper root even got its uuid.
mkdir lower upper work merged
mkdir upper/low
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./upper,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./upper/low,upperdir=./upper,workdir=./work ./merged
ls merged
