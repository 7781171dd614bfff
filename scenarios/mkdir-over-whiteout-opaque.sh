# title: mkdir over a whiteout makes an opaque directory
# description: After rm -r of a lower directory, mkdir of the same name
#   replaces the whiteout with a new upper directory marked
#   trusted.overlay.opaque=y, so the old lower children stay hidden.
# title.zh: 在白化文件上 mkdir 会生成不透明目录
# description.zh: rm -r 一个下层目录后，mkdir 同名目录会用一个标记为 trusted.overlay.opaque=y 的新上层目录替换白化文件，因此旧的下层子项仍被隐藏。
mkdir lower upper work merged
mkdir lower/dir
echo "old" > lower/dir/old.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm -r merged/dir
mkdir merged/dir
ls merged/dir
echo "new" > merged/dir/new.txt
ls merged/dir
umount merged
