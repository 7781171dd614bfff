# title: Exit statuses of failing commands through merged/
# description: GNU tools exit 1 on every failure here: mkdir of an
#   existing name, rmdir of a missing or non-empty directory, rm of a
#   directory without -r, cat of a directory or missing file, ln onto an
#   existing name, mv of a missing file, readlink of a non-symlink, mknod
#   over an existing name. ls of a missing path exits 2. `||` and `&&`
#   act on those statuses.
# title.zh: 通过 merged/ 执行失败命令的退出状态
# description.zh: 这里 GNU 工具在每种失败时都以 1 退出：mkdir 已存在的名字，rmdir 不存在或非空的目录，不带 -r 的 rm 删除目录，cat 目录或不存在的文件，ln 到已存在的名字，mv 不存在的文件，readlink 非符号链接，mknod 到已存在的名字。ls 不存在的路径以 2 退出。`||` 和 `&&` 依据这些状态执行。
mkdir lower upper work merged
mkdir lower/dir
echo "l" > lower/dir/l.txt
echo "a" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mkdir merged/dir
rmdir merged/missing
rmdir merged/dir
rm merged/dir
cat merged/dir
cat merged/missing
ln merged/a.txt merged/dir/l.txt
mv merged/missing merged/x
readlink merged/a.txt
ls merged/missing
mknod merged/a.txt c 0 0
mkdir merged/dir || echo "mkdir failed"
cat merged/a.txt && echo "cat worked"
umount merged
