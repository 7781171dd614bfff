# title: A whiteout hides bytes that are still stored below
# description: Deleting a lower file through merged/ only adds a whiteout
#   to upper/; the lower file and its bytes stay where they were. After
#   umount, the lower still holds it.
mkdir lower upper work merged
echo "a big secret that stays in the image" > lower/secret.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/secret.txt
ls merged
cat lower/secret.txt
umount merged
cat lower/secret.txt
