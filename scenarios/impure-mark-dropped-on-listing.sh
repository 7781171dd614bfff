# title: An impure mark with nothing left to fix is dropped on listing
# description: Moving a copied-up file into a directory of the upper layer
#   alone marks that directory impure: its listing must report the file's
#   origin inode number. Once the file has moved out again, listing the
#   directory finds no entry that needs it and removes the mark. A failed
#   rename can leave such a needless mark too (it is set before the upper
#   refuses with ENOTEMPTY), and the next listing clears it the same way.
# title.zh: 没有需要修正内容的 impure 标记会在列目录时被去掉
# description.zh: 把 copy-up 过的文件移入只属于上层的目录，会把该目录标记为 impure：列目录时必须报告该文件 origin 的 inode 号。文件再次移出后，列该目录时找不到需要它的条目，于是移除该标记。失败的 rename 也可能留下这种多余标记（它在上层以 ENOTEMPTY 拒绝之前就已设置），下一次列目录同样会清除它。
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
