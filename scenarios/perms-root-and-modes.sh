# title: Modes through merged/, and root ignoring them
# description: Modes are shown as the topmost layer has them. Root can
#   read a lower file with mode 0000 through merged/ (no copy-up), and
#   writing it copies it up keeping mode 0000. chmod of a lower directory
#   copies it up with the new mode.
mkdir lower upper work merged
echo "locked" > lower/locked.txt
chmod 000 lower/locked.txt
mkdir lower/dir
chmod 711 lower/dir
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/locked.txt
echo "root writes" >> merged/locked.txt
chmod 1777 merged/dir
umount merged
