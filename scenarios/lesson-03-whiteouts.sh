# title: Lesson 3: Deleting: whiteouts, and why the image does not shrink
# description: Nothing can be deleted from a read-only layer. To make a lower file
#   disappear from merged/, the kernel puts a whiteout in upper/: a
#   character device with device number 0/0 whose only job is to say “this
#   name does not exist”. The file’s bytes stay in lower/, untouched.
# title.zh: 第 3 课：删除：whiteout，以及镜像为什么不会变小
# description.zh: 只读层里的东西删不掉。为了让一个下层文件从 merged/ 中消失，内核会在 upper/ 中放一个 whiteout：一个设备号为 0/0 的字符设备，它唯一的作用就是声明“这个名字不存在”。文件的数据原封不动地留在 lower/ 中。
mkdir lower upper work merged
echo "2 GB of old logs" > lower/big.log
echo "lower notes" > lower/notes.txt
echo "upper notes" > upper/notes.txt
echo "scratch" > upper/scratch.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
# solution
rm merged/big.log merged/notes.txt merged/scratch.txt
