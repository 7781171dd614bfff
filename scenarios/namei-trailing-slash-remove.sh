# title: A trailing slash asks for a directory: removing and renaming
# description: unlink, rmdir and rename never follow their last name, so a
#   slash after a symlink to a directory does not reach the directory
#   (ENOTDIR); after a file it is ENOTDIR, after a dangling symlink too.
#   Nothing is copied up or whited out when the kernel refuses.
# title.zh: 末尾斜杠要求目录：删除与重命名
# description.zh: unlink、rmdir 和 rename 从不跟随最后一个名字，所以指向目录的符号链接后加斜杠也到达不了该目录（ENOTDIR）；文件后加斜杠为 ENOTDIR，悬空符号链接后也是。内核拒绝时，不会 copy-up 或白化任何东西。
mkdir lower upper work merged
echo "in lower" > lower/f
ln -s nowhere lower/dang
ln -s f lower/lf
mkdir lower/d
echo g > lower/d/g
ln -s d lower/ld
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/f/
rm merged/lf/
rm merged/dang/
rm -f merged/dang/
rm merged/ld/
rm -r merged/ld/
rm -d merged/ld/
rmdir merged/ld/
rmdir merged/dang/
rmdir merged/f/
mv merged/f/ merged/h
mv merged/f merged/h/
mv merged/ld/ merged/ld2
mv merged/lf/ merged/h
mv merged/dang/ merged/h
ls upper
mv merged/d/ merged/d2/
rm merged/ld
ls merged merged/d2 upper
umount merged
