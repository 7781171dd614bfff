# title: Lesson 6: Renaming directories: EXDEV, mv’s copy, redirect_dir=on
# description: Renaming a file in an overlay is easy: copy it up, rename it in
#   upper/, leave a whiteout at the old name. A directory that exists
#   below is harder: copying it up would mean copying its whole tree. By
#   default the kernel refuses: rename(2) fails with EXDEV, “Invalid
#   cross-device link”, the error of a move between two filesystems. mv
#   then does what it does across filesystems: it copies everything and
#   deletes the original. With redirect_dir=on the kernel can move the
#   directory itself.
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
