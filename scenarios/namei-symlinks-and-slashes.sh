# title: Symlinks in path resolution: dangling links, O_CREAT, slashes in a link
# description: > through a dangling symlink creates its target (O_CREAT
#   follows); a link whose body ends in a slash asks for a directory, so a
#   file behind it is ENOTDIR and creating through it EISDIR; mkdir -p and
#   cd ask for directories (O_DIRECTORY) and stop at a file; ls and readlink
#   see the same rules. Without an overlay, then through one.
echo f > f
mkdir d
ln -s nowhere dang
ln -s f/ lfs
ln -s nowhere/ dangs
ln -s d/ lds
cat lfs
echo x > lfs
echo x > dangs
stat -c %F lds
ls lfs
readlink -f f/
readlink lfs/
mkdir -p f/x
mkdir -p dang/x
cd f
echo "through the link" > dang
cat nowhere
mkdir lower upper work merged
mv f d dang lfs dangs lds nowhere lower
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/lfs
echo x > merged/lfs
echo x > merged/dangs
ls merged/lfs
mkdir -p merged/f/x
cd merged/f
rm merged/nowhere
echo new > merged/dang
cat merged/nowhere
ls upper
umount merged
