# title: A whiteout made by hand in an upper-only directory
# description: In a directory that exists only in the upper (not merged),
#   readdir is passed straight through, so a stray whiteout is listed by
#   ls, but lookup hides it: the trace shows it as `unresolvable`. In a
#   merged directory the same whiteout is filtered out of the listing.
mkdir lower upper work merged
mkdir upper/solo upper/both lower/both
mknod upper/solo/ghost c 0 0
mknod upper/both/ghost c 0 0
echo "real" > upper/solo/real.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged/solo
ls merged/both
cat merged/solo/ghost
rm merged/solo/ghost
rm -f merged/solo/ghost
umount merged
