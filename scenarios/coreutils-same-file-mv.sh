# title: mv refuses to lose data: the same-file rules of coreutils 9.1
# description: mv of a symlink onto the file it points to fails "are the
#   same file" (with or without -T or -f: the file would be gone and the
#   link dangling), as does mv between two hard links of one file; mv of a
#   file onto a symlink to it just renames over the link, and a symlink may
#   move onto another name of a multiply-linked target. Through an overlay
#   the refusals copy nothing up.
mkdir lower upper work merged
echo "the data" > lower/f
ln lower/f lower/h
ln -s f lower/lf
ln -s lf lower/llf
mkdir lower/d
ln -s d lower/ld
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cd merged
mv lf f
mv -T lf f
mv -f lf f
mv -T ld d
mv f ./f
ls ../upper
mv f h
cat f h
mv llf lf
readlink lf
ln -s h s
mv s f
cat f
mv f lf
readlink lf
cat lf
cd ..
umount merged
