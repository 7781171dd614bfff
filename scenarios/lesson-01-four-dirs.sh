# title: Lesson 1: The four directories: lower, upper, work, merged
# description: An overlay stacks directories. lower/ holds files you only read,
#   upper/ receives every change, work/ is scratch space the kernel needs
#   to make changes safely, and merged/ is where you see the result: the
#   layers merged into one tree. Mounting copies nothing: all four stay
#   ordinary directories, and you can look inside each of them at any
#   time.
mkdir upper lower merged work
echo "in lower" > lower/in_lower.txt
echo "in upper" > upper/in_upper.txt
echo "In both. from lower" > lower/in_both.txt
echo "In both. from upper" > upper/in_both.txt
# solution
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
