# title: The shared whiteout across several removals and a remount
# description: Several removals reuse the single work/work/#N whiteout;
#   after umount and mount work/work is recreated empty, and the next
#   removal makes a new #N.
# title.zh: 多次删除和重新挂载中的共享白化文件
# description.zh: 多次删除复用同一个 work/work/#N 白化文件；umount 并 mount 之后，work/work 被重建为空目录，下一次删除生成新的 #N。
mkdir lower upper work merged
mkdir lower/dir
echo "a" > lower/a.txt
echo "b" > lower/b.txt
echo "c" > lower/dir/c.txt
echo "d" > lower/d.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/a.txt
rm merged/b.txt
rm merged/dir/c.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged merged/dir
rm merged/d.txt
umount merged
