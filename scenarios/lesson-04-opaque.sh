# title: Lesson 4: Opaque directories: rm -rf, then mkdir
# description: A whiteout hides one name. But what if you delete a directory that
#   exists below and then create a new, empty one with the same name?
#   Merging it with the lower directory would bring the old files back.
#   The kernel prevents that by making the new upper directory opaque:
#   trusted.overlay.opaque=y means “nothing below me counts”.
# title.zh: 第 4 课：不透明目录：先 rm -rf，再 mkdir
# description.zh: 一个 whiteout 只能遮住一个名字。可如果你删除了一个在下层存在的目录，又新建一个同名的空目录呢？要是把它和下层目录合并，旧文件就又回来了。内核的办法是把新建的上层目录标记为不透明：trusted.overlay.opaque=y 的意思是“我下面的一切都不算数”。
mkdir lower upper work merged
mkdir -p lower/cache lower/docs lower/empty
echo "a" > lower/cache/a.tmp
echo "b" > lower/cache/b.tmp
echo "guide" > lower/docs/guide.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
# solution
rm -rf merged/cache
mkdir merged/cache
