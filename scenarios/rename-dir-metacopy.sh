# title: metacopy=on implies redirect_dir=on for directories
# description: Renaming a lower directory under metacopy=on works like
#   redirect_dir=on: the directory is copied up alone with a relative
#   redirect. Directories never get a metacopy mark.
mkdir lower upper work merged
mkdir lower/dir
echo "x" > lower/dir/x.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
chmod 700 merged/dir
mv merged/dir merged/renamed
ls merged/renamed
umount merged
