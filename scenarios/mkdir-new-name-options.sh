# title: mkdir of a fresh name is plain under every option
# description: A directory created where nothing existed below gets no
#   xattr, whether the overlay uses defaults, redirect_dir=on, index=on,
#   metacopy=on or xino=on (the spec's rule 13 is wrong on 6.18). Only
#   the upper root changes (uuid, and origin with index).
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
