# title: A trailing slash asks for a directory: creating names
# description: ln, mkdir, touch and > with a slash after a name that is not
#   a directory fail the way fs/namei.c decides (ENOTDIR for a file looked
#   up, ENOENT for a new non-directory, EEXIST for anything already there,
#   a dangling symlink too, EISDIR for O_CREAT), and nothing is copied up
#   on the way.
# title.zh: 末尾斜杠要求目录：创建名字
# description.zh: 对非目录名字加斜杠后执行 ln、mkdir、touch 和 >，会按 fs/namei.c 的判定失败（查找到文件为 ENOTDIR，新的非目录为 ENOENT，已存在的任何东西为 EEXIST，悬空符号链接也是，O_CREAT 为 EISDIR），途中不会 copy-up 任何东西。
mkdir lower upper work merged
echo "in lower" > lower/f
ln -s nowhere lower/dang
ln -s f lower/lf
mkdir lower/d
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ln merged/f/ merged/g1
ln merged/lf/ merged/g2
ln merged/f merged/g3/
ln merged/f merged/dang/
ln -s f merged/dang/
ln -s f merged/g4/
mkdir merged/dang/
mkdir merged/f/
mkdir -p merged/dang/
mkdir -p merged/dang/x
mkdir merged/new/
touch -c merged/f/
touch merged/f/
touch merged/dang/
echo x > merged/f/
echo x >> merged/lf/
echo x > merged/new/
truncate -s 0 merged/f/
chmod 600 merged/f/
setfattr -n user.x -v 1 merged/f/
cat merged/f/
ls upper
umount merged
