# title: pwd and readlink -f print paths from the workspace root
# description: The oracle shows the workspace as /, as the simulator does.
# title.zh: pwd 和 readlink -f 打印从工作区根目录开始的路径
# description.zh: 与模拟器一样，oracle 把工作区显示为 /。
mkdir -p lower/d upper work merged c
echo hi > lower/d/f
ln -s ../c lower/d/up
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
pwd
cd merged/d
pwd
readlink -f f
readlink -f up
readlink -f ../d/./f
readlink -f missing
cd ..
readlink -f d/up/x
