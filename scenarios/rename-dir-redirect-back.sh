# title: redirect_dir=on: renaming a directory back to its old name
# description: Renaming a redirected directory back to its original name
#   replaces the whiteout there; the upper directory keeps
#   trusted.overlay.redirect="dir" (now equal to its own name) and its
#   origin.
# title.zh: redirect_dir=on：把目录改回原来的名字
# description.zh: 把带 redirect 的目录改回原名会替换那里的白化文件；上层目录保留 trusted.overlay.redirect="dir"（现在等于它自己的名字）和 origin。
mkdir lower upper work merged
mkdir lower/dir
echo "x" > lower/dir/x.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/dir merged/tmp
mv merged/tmp merged/dir
ls merged merged/dir
umount merged
