# title: An upper or work inside the lower is allowed
# description: The kernel deliberately accepts upperdir (or workdir) as a
#   subdirectory of a lowerdir, so the lower's listing through merged/
#   shows the upper and work directories themselves.
# title.zh: 上层或 work 位于下层之内是允许的
# description.zh: 内核有意接受 upperdir（或 workdir）作为某个 lowerdir 的子目录，因此通过 merged/ 列出下层时会显示上层目录和 work 目录本身。
mkdir lower merged
mkdir lower/upper lower/work
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./lower/upper,workdir=./lower/work ./merged
ls merged
echo "edit" > merged/a.txt
umount merged
