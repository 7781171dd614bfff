# title: Mount path errors: missing or wrong kind of directory
# description: A lowerdir, upperdir or workdir that does not exist, a
#   lowerdir that is a file and a mount point that does not exist are all
#   refused with exit status 32; nothing is created.
# title.zh: 挂载路径错误：目录不存在或类型不对
# description.zh: 不存在的 lowerdir、upperdir 或 workdir，是文件的 lowerdir，以及不存在的挂载点，都会以退出状态 32 被拒绝；不会创建任何东西。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./nope,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./nope,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./nope ./merged
mount -t overlay overlay -o lowerdir=./lower/a.txt,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./nope
ls
