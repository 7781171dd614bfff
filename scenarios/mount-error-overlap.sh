# title: Overlapping upper and work directories are refused
# description: workdir inside upperdir, upperdir inside workdir and
#   workdir equal to upperdir fail (EINVAL, "workdir and upperdir must be
#   separate subtrees") before anything is written: exit 32, no work/work,
#   no uuid.
# title.zh: 上层目录与 work 目录重叠会被拒绝
# description.zh: workdir 在 upperdir 之内、upperdir 在 workdir 之内、workdir 等于 upperdir，都会在写入任何东西之前失败（EINVAL，"workdir and upperdir must be separate subtrees"）：退出状态 32，没有 work/work，没有 uuid。
mkdir lower upper work merged
mkdir upper/wk work/up
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./upper/wk ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./work/up,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./upper ./merged
ls merged
