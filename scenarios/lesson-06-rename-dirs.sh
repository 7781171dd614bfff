# title: Lesson 6: Renaming directories: EXDEV, mv’s copy, redirect_dir=on
# description: Renaming a file in an overlay is easy: copy it up, rename it in
#   upper/, leave a whiteout at the old name. A directory that exists
#   below is harder: copying it up would mean copying its whole tree. By
#   default the kernel refuses: rename(2) fails with EXDEV, “Invalid
#   cross-device link”, the error of a move between two filesystems. mv
#   then does what it does across filesystems: it copies everything and
#   deletes the original. With redirect_dir=on the kernel can move the
#   directory itself.
# title.zh: 第 6 课：目录改名：EXDEV、mv 的复制、redirect_dir=on
# description.zh: 在 overlay 中给文件改名很简单：copy-up，在 upper/ 中改名，在旧名字处留一个 whiteout。但下层中存在的目录就难办了：把它 copy-up 意味着复制整棵目录树。默认情况下内核干脆拒绝：rename(2) 返回 EXDEV，即“Invalid cross-device link”，和跨文件系统移动时的错误一样。于是 mv 就按跨文件系统的方式处理：复制所有内容，再删除原目录。开启 redirect_dir=on 后，内核就能直接移动目录本身。
mkdir lower upper work merged
mkdir -p lower/photos/2024 lower/music
echo "jpeg bytes" > lower/photos/2024/beach.jpg
echo "jpeg bytes" > lower/photos/cat.jpg
echo "mp3 bytes" > lower/music/track1.mp3
echo "mp3 bytes" > lower/music/track2.mp3
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
# solution
mv merged/photos merged/pictures
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/music merged/songs
