# title: rm of a lower-only, an upper-only and a shared name
# description: Removing an upper-only file just unlinks it. Removing a
#   lower-only file, or a file present in both layers, leaves a whiteout
#   (0/0 character device) in upper/. All whiteouts are hard links to one
#   shared whiteout, work/work/#N, made on the first removal. rm of a
#   missing name fails (exit 1); rm -f of it succeeds.
mkdir lower upper work merged
echo "lower only" > lower/lo.txt
echo "upper only" > upper/up.txt
echo "both, lower" > lower/both.txt
echo "both, upper" > upper/both.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/up.txt
rm merged/lo.txt
rm merged/both.txt
rm merged/lo.txt
rm -f merged/lo.txt
ls -a merged
umount merged
