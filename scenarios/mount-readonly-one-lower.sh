# title: One lowerdir and no upperdir is refused
# description: On 6.18 a lone lowerdir without upperdir fails (EINVAL,
#   mount exits 32: "at least 2 lowerdir are needed while upperdir
#   nonexistent"). A workdir without upperdir does not help. The same
#   directory twice is refused with ELOOP.
mkdir lower work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower ./merged
mount -t overlay overlay -o lowerdir=./lower,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower:./lower ./merged
ls merged
