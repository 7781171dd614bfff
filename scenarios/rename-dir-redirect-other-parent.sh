# title: redirect_dir=on: move a lower directory to another parent
# description: Moving a lower directory into another directory stores an
#   absolute redirect ("/a/dir", from the overlay root) on the upper copy.
# title.zh: redirect_dir=on：把下层目录移到另一个父目录
# description.zh: 把下层目录移入另一个目录时，会在上层副本上存储绝对 redirect（"/a/dir"，从 overlay 根目录算起）。
mkdir lower upper work merged
mkdir -p lower/a/dir lower/b
echo "x" > lower/a/dir/x.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/a/dir merged/b/dir
ls merged/b/dir
mv merged/b/dir merged/top
ls merged/top
umount merged
