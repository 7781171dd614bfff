# title: A lower equal to or inside the upper fails late, after writing
# description: upperdir equal to lowerdir, or a lowerdir inside the
#   upperdir, fails with ELOOP (exit 32) only after the upper and work
#   have been set up: work/work is left behind, and in the second case the
#   upper root even got its uuid.
# title.zh: 下层等于或位于上层之内：在写入之后才失败
# description.zh: upperdir 等于 lowerdir，或 lowerdir 位于 upperdir 之内，会以 ELOOP 失败（退出状态 32），但要到上层和 work 都已准备好之后：work/work 被留下，第二种情况下上层根目录甚至得到了 uuid。
mkdir lower upper work merged
mkdir upper/low
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./upper,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./upper/low,upperdir=./upper,workdir=./work ./merged
ls merged
