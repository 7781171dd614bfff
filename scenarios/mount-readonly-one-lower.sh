# title: One lowerdir and no upperdir is refused
# description: On 6.18 a lone lowerdir without upperdir fails (EINVAL,
#   mount exits 32: "at least 2 lowerdir are needed while upperdir
#   nonexistent"). A workdir without upperdir does not help. The same
#   directory twice is refused with ELOOP.
# title.zh: 只有一个 lowerdir 且没有 upperdir 会被拒绝
# description.zh: 在 6.18 上，没有 upperdir 的单个 lowerdir 会失败（EINVAL，mount 以 32 退出："at least 2 lowerdir are needed while upperdir nonexistent"）。没有 upperdir 时给出 workdir 也无济于事。同一目录出现两次会以 ELOOP 被拒绝。
mkdir lower work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower ./merged
mount -t overlay overlay -o lowerdir=./lower,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower:./lower ./merged
ls merged
