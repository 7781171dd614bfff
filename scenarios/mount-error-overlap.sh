# title: Overlapping upper and work directories are refused
# description: workdir inside upperdir, upperdir inside workdir and
#   workdir equal to upperdir fail (EINVAL, "workdir and upperdir must be
#   separate subtrees") before anything is written: exit 32, no work/work,
#   no uuid.
mkdir lower upper work merged
mkdir upper/wk work/up
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./upper/wk ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./work/up,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./upper ./merged
ls merged
