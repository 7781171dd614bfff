# title: An impure mark with nothing left to fix is dropped on listing
# description: Moving a copied-up file into a directory of the upper layer
#   alone marks that directory impure: its listing must report the file's
#   origin inode number. Once the file has moved out again, listing the
#   directory finds no entry that needs it and removes the mark. A failed
#   rename can leave such a needless mark too (it is set before the upper
#   refuses with ENOTEMPTY), and the next listing clears it the same way.
mkdir lower upper work merged
echo "from lower" > lower/f
mkdir -p lower/c/d
mkdir -p upper/u upper/b/b/c
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/f merged/u/f
getfattr -d -m - upper/u
mv merged/u/f merged/g
ls merged/u
getfattr -d -m - upper/u
mv -T merged/c merged/b/b
ls merged/b
umount merged
