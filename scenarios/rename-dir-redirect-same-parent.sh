# title: redirect_dir=on: rename a lower directory in the same parent
# description: The directory alone is copied up and renamed; the upper
#   copy carries trusted.overlay.redirect with the old name relative to
#   its parent ("dir"), its origin, and a whiteout hides the old name. The
#   lower children are still listed under the new name.
# title.zh: redirect_dir=on：在同一父目录内重命名下层目录
# description.zh: 只有目录本身被 copy-up 并重命名；上层副本带有 trusted.overlay.redirect，值为相对于父目录的旧名字（"dir"），还有它的 origin，旧名字由白化文件遮住。下层子项仍列在新名字之下。
mkdir lower upper work merged
mkdir -p lower/dir/sub
echo "x" > lower/dir/x.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/dir merged/renamed
ls merged merged/renamed
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
ls merged/renamed
umount merged
