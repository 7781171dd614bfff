# title: set -C (noclobber): > refuses an existing file, >| forces it
# description: Under noclobber bash stats the target of > first and refuses
#   a regular file without opening it, so nothing is copied up; a missing
#   name is created with O_EXCL, which a dangling symlink refuses too.
#   >> and >| are not guarded; a directory still fails as a directory.
# title.zh: set -C（noclobber）：> 拒绝已存在的文件，>| 强制写入
# description.zh: 在 noclobber 下，bash 先 stat > 的目标，对普通文件直接拒绝而不打开它，所以不会 copy-up 任何东西；不存在的名字以 O_EXCL 创建，悬空符号链接同样会拒绝。>> 和 >| 不受保护；目录仍按目录失败。
mkdir lower upper work merged
echo "in lower" > lower/f
ln -s nowhere lower/dang
mkdir lower/d
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
set -C
echo x > merged/f
echo x > merged/dang
echo x > merged/d
echo new > merged/new
echo again > merged/new
echo x 2> merged/f
echo x &> merged/f || echo refused
echo ok > /dev/null && echo "/dev/null is fine"
echo appended >> merged/f
echo forced >| merged/new
cat merged/f merged/new
set +o noclobber
echo x > merged/dang
set -o noclobber; echo y > merged/f; set +C; echo z > merged/f
cat merged/f
umount merged
