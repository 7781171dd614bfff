# title: mkdir of a fresh name: plain by default, opaque with redirect/index/metacopy/xino
# description: A directory created where nothing existed below is plain
#   with default options. With redirect_dir=on, metacopy=on, xino=on or
#   index=on, a directory created in a merged parent (here the root) is
#   marked trusted.overlay.opaque=y; one created in a pure-upper parent
#   (merged/index/a) stays plain.
mkdir lower upper work merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mkdir merged/plain
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mkdir merged/redirect
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
mkdir merged/metacopy
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,xino=on ./merged
mkdir merged/xino
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
mkdir merged/index
mkdir -p merged/index/a/b
umount merged
