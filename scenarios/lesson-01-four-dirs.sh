# title: Lesson 1: The four directories: lower, upper, work, merged
# description: An overlay stacks directories. lower/ holds files you only read,
#   upper/ receives every change, work/ is scratch space the kernel needs
#   to make changes safely, and merged/ is where you see the result: the
#   layers merged into one tree. Mounting copies nothing: all four stay
#   ordinary directories, and you can look inside each of them at any
#   time.
# title.zh: 第 1 课：四个目录：lower、upper、work、merged
# description.zh: overlay 把几个目录叠在一起。lower/ 放只读的文件，upper/ 接收所有改动，work/ 是内核安全地完成改动所需的临时空间，merged/ 则是你看到结果的地方：各层合并成的一棵目录树。挂载时不会复制任何东西：这四个目录始终是普通目录，你随时可以查看其中任何一个。
mkdir upper lower merged work
echo "in lower" > lower/in_lower.txt
echo "in upper" > upper/in_upper.txt
echo "In both. from lower" > lower/in_both.txt
echo "In both. from upper" > upper/in_both.txt
# solution
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
