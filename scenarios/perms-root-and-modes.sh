# title: Modes through merged/, and root ignoring them
# description: Modes are shown as the topmost layer has them. Root can
#   read a lower file with mode 0000 through merged/ (no copy-up), and
#   writing it copies it up keeping mode 0000. chmod of a lower directory
#   copies it up with the new mode.
# title.zh: 通过 merged/ 看到的权限，以及 root 对权限的无视
# description.zh: 显示的权限取自最上面的那一层。root 可以通过 merged/ 读取权限为 0000 的下层文件（不 copy-up），写入它会将其 copy-up 并保留权限 0000。对下层目录 chmod 会以新权限将其 copy-up。
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
