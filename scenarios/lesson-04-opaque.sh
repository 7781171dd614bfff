# title: Lesson 4: Opaque directories: rm -rf, then mkdir
# description: A whiteout hides one name. But what if you delete a directory that
#   exists below and then create a new, empty one with the same name?
#   Merging it with the lower directory would bring the old files back.
#   The kernel prevents that by making the new upper directory opaque:
#   trusted.overlay.opaque=y means “nothing below me counts”.
mkdir lower upper work merged
mkdir -p lower/cache lower/docs lower/empty
echo "a" > lower/cache/a.tmp
echo "b" > lower/cache/b.tmp
echo "guide" > lower/docs/guide.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
# solution
rm -rf merged/cache
mkdir merged/cache
