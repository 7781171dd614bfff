# title: mount and umount: remount, stacking, listing, errors
mkdir lower upper work m l2 ro plain && echo a > lower/f
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./m
mount -o remount,ro m && touch m/x; mount
mount -o remount,rw m && touch m/x && ls m
mount -o remount m && mount
mount -t overlay -o remount,ro overlay m && mount
mount -o remount,rw m
mount -t overlay overlay -o lowerdir=./lower:./l2 ./ro && mount -o remount,rw ro; mount -t overlay -o remount,rw overlay ro; mount -o remount ro && mount
mount -o remount,ro plain; mount -o remount nosuch
mount -t overlay overlay -o lowerdir=./lower ./plain; mount -t overlay overlay -o lowerdir=./lower:./l2,upperdir=./upper ./plain
mount -t overlay overlay -o lowerdir=./lower:./l2,bogus=1 ./plain
umount ro m && mount && umount m
umount -l plain; umount ./nosuch; umount lower/f
