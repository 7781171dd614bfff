# title: Failures in the tools' own words: read-only overlays, missing parents, busy mounts
mkdir -p lower/d/e lower2 m && echo x > lower/d/f && ln -s f lower/d/l && echo y > lower/top
mount -t overlay overlay -o lowerdir=./lower:./lower2 ./m
touch m/new; touch m/top; truncate -s 0 m/top; echo z > m/top; echo z >> m/d/f
mkdir m/x; mkdir -p m/d/e/x; rmdir m/d/e; rm m/top; rm -r m/d; rm -rf m/d
mv m/top m/top2; mv m/d m/d2; cp m/top m/copy; cp -r m/d m/d3; ln -s t m/ln; ln m/top m/hl
chmod 600 m/top; chmod -R 700 m/d; mknod m/w c 0 0; mknod m/p p
setfattr -n user.a -v 1 m/top; setfattr -x user.a m/top; getfattr -n user.a m/top
cat m/d; cat m/nosuch; cat m/d/f m/top
ls m/d m/nosuch; tree m
cd m/d && umount ../../m; cd ../..
umount m && umount m; umount lower
touch nosuch/a; mkdir nosuch/a; mkdir -p lower/top/a; rm nosuch/a; rmdir lower; cp nosuch/a b; mv nosuch/a b; ln -s x nosuch/a
mknod lower/top c 0 0; truncate -s 1 lower/d; setfattr -n user.a lower/nosuch; chmod 700 nosuch; stat nosuch/x
