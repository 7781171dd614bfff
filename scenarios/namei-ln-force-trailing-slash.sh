# title: ln -f onto a file name with a trailing slash
# description: ln -sf and ln -f onto `file/`: the link fails with EEXIST,
#   then GNU ln looks at the destination to replace it and lstat says
#   ENOTDIR, so ln stops with "failed to access" before it makes its
#   temporary link. Nothing is created, and the directory holding the
#   file is not copied up.
# title.zh: 对带结尾斜杠的文件名执行 ln -f
# description.zh: 对 `file/` 执行 ln -sf 和 ln -f：创建链接因 EEXIST 失败，随后 GNU ln 为了替换目标而查看它，lstat 返回 ENOTDIR，于是 ln 在创建临时链接之前就以 "failed to access" 结束。不会创建任何东西，存放该文件的目录也不会被 copy-up。
mkdir lower upper work merged
mkdir lower/dir
echo "lower file" > lower/dir/file
echo "lower other" > lower/other
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ln -sf other merged/dir/file/
ln -f merged/other merged/dir/file/
ln -sf other merged/dir/missing/
ls upper
umount merged
