# title: mv refuses to lose data: the same-file rules of coreutils 9.1
# description: mv of a symlink onto the file it points to fails "are the
#   same file" (with or without -T or -f: the file would be gone and the
#   link dangling), as does mv between two hard links of one file; mv of a
#   file onto a symlink to it just renames over the link, and a symlink may
#   move onto another name of a multiply-linked target. Through an overlay
#   the refusals copy nothing up.
# title.zh: mv 拒绝丢失数据：coreutils 9.1 的同一文件规则
# description.zh: 把符号链接 mv 到它所指向的文件上会以“are the same file”失败（无论是否带 -T 或 -f：否则文件会消失、链接会悬空），同一文件的两个硬链接之间 mv 也一样；把文件 mv 到指向它的符号链接上只是覆盖该链接，符号链接也可以移到多链接目标的另一个名字上。通过 overlay 时，这些拒绝不会 copy-up 任何东西。
mkdir lower upper work merged
echo "the data" > lower/f
ln lower/f lower/h
ln -s f lower/lf
ln -s lf lower/llf
mkdir lower/d
ln -s d lower/ld
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cd merged
mv lf f
mv -T lf f
mv -f lf f
mv -T ld d
mv f ./f
ls ../upper
mv f h
cat f h
mv llf lf
readlink lf
ln -s h s
mv s f
cat f
mv f lf
readlink lf
cat lf
cd ..
umount merged
