# title: Stacked overlays: the inner overlay can be unmounted first
# description: umount of an overlay that another overlay uses as a lower
#   succeeds: merged/ shows its own directory again, but the outer
#   overlay keeps the inner mount alive and goes on reading and copying
#   up through it. Unmounting the outer afterwards releases it. Changes
#   made in the inner's layers meanwhile are the inner's business.
mkdir lower upper work merged upper2 work2 merged2
echo "lower a" > lower/a.txt
echo "lower b" > lower/b.txt
echo "under the mount" > merged/hidden.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "inner" > merged/c.txt
mount -t overlay overlay -o lowerdir=./merged,upperdir=./upper2,workdir=./work2 ./merged2
umount merged
ls merged
ls merged2
cat merged2/c.txt
echo "outer" >> merged2/b.txt
rm merged2/a.txt
ls merged2
umount merged
umount merged2
ls merged
