# title: Lesson 3: Deleting: whiteouts, and why the image does not shrink
# description: Nothing can be deleted from a read-only layer. To make a lower file
#   disappear from merged/, the kernel puts a whiteout in upper/: a
#   character device with device number 0/0 whose only job is to say “this
#   name does not exist”. The file’s bytes stay in lower/, untouched.
mkdir lower upper work merged
echo "2 GB of old logs" > lower/big.log
echo "lower notes" > lower/notes.txt
echo "upper notes" > upper/notes.txt
echo "scratch" > upper/scratch.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
# solution
rm merged/big.log merged/notes.txt merged/scratch.txt
