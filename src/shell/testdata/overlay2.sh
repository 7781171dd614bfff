# title: Listing an overlay: whiteouts, opaque dirs, stray whiteouts, read-only mounts
mkdir -p l1/d l1/o l2/d l2/o upper work m ro
echo l1 > l1/d/a && echo l2 > l2/d/b && echo hidden > l2/o/h && echo seen > l1/o/s && setfattr -n trusted.overlay.opaque -v y l1/o
mkdir l1/only && mknod l1/only/stray c 0 0 && touch l1/only/real
mount -t overlay overlay -o lowerdir=./l1:./l2,upperdir=./upper,workdir=./work ./m
ls m m/d m/o m/only
ls -l m/only
ls -la m/d
tree m
tree -a m
stat -c '%n %F %a %h' m/d m/d/a m/d/b m/o
rm m/d/b && ls m/d && ls -l upper/d && tree upper
echo new > m/o/h && ls m/o && cat m/o/h
rm -rf m/only; ls m
mkdir m/d/sub && touch m/d/sub/x && rm -r m/d && ls m && tree upper
getfattr -d -m - upper/o upper m/o
mount -t overlay overlay -o lowerdir=./l1:./l2 ./ro && ls ro && touch ro/new; mkdir ro/x; rm ro/d/a; echo x > ro/d/a; ls ro/d
mount
umount ro && umount m && ls m ro
