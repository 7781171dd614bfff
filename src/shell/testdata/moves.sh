# title: mv and cp across mounts and layers, special files, overwrite rules
mkdir lower upper work m plain
mkdir -p lower/d/sub && echo f > lower/d/f && echo top > lower/top && mknod lower/d/fifo p && ln lower/top lower/toplink
setfattr -n user.x -v 1 lower/d && chmod 711 lower/d/sub
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./m
mv m/top plain/ && ls m plain && cat plain/top
mv plain/top m/back && cat m/back && ls plain
cp -a m/d plain/dcopy && tree plain && getfattr -d plain/dcopy && stat -c '%n %a %F' plain/dcopy/sub plain/dcopy/fifo
mv m/d plain/moved && tree plain/moved && ls m
mv plain/moved m/d && tree m/d && getfattr -d m/d
mkdir m/emptydir && touch m/file1 && mv m/file1 m/emptydir && mv m/emptydir m/d/sub/
mv m/d/sub m/d/f; mv m/d/f m/d/sub; mv m/back m/back
mkdir -p plain/t/x && mv -T plain/dcopy plain/t; mv plain/dcopy plain/t/x/..
cp m/toplink plain/c1 && cp -p m/toplink plain/c2 && stat -c '%a %h' plain/c1 plain/c2
cp -r plain/t m/t && cp -r plain/t m/t && tree m/t
cp plain m/x; cp -r m/d m/d/sub/inner
ln -s ../lower plain/ll && cp -r plain/ll plain/llcopy && readlink plain/llcopy && cp plain/ll/top plain/deref && cat plain/deref
cp -a upper backup && tree -a backup && getfattr -d -m - -e hex backup; tree -a upper
umount m && tree m
mkdir -p hl/d && echo same > hl/d/a && ln hl/d/a hl/d/b && ln hl/d/a hl/c && cp -a hl hlcopy && stat -c '%n %h' hlcopy/d/a hlcopy/d/b hlcopy/c && cp -r hl hlr && stat -c '%n %h' hlr/d/a hlr/c
mkdir -p lw/d && echo same > lw/d/a && ln lw/d/a lw/d/b && mkdir lw2 uw ww mw && mount -t overlay overlay -o lowerdir=./lw,upperdir=./uw,workdir=./ww ./mw && mv mw/d mw/d2 && stat -c '%n %h' mw/d2/a mw/d2/b && umount mw
