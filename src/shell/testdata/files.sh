# title: File commands: statuses, messages, stdout
mkdir a
mkdir a
mkdir -p a/b/c a/b/c
mkdir -p x/y; touch x/f; mkdir -p x/f/g
mkdir -m 700 m7 && stat -c '%a %F' m7
mkdir -m 1777 sticky && stat -c '%a %A' sticky
mkdir -m u=rwx,g=rx,o= sym && stat -c '%a' sym
touch t1 t2 && touch t1 && touch a && touch nosuch/t
rmdir a; rmdir nosuch; rmdir t1
rm nosuch; rm -f nosuch; rm a; rm -d a; rm -d x
rm -r a && ls
rm -rf x m7 && ls
echo hello > f && cp f g && cat g
cp f a; cp nosuch g; cp f f
mkdir dir && cp f dir && ls dir
cp dir dir2
cp -r dir dir2 && ls dir2
cp -r dir dir2 && ls dir2 dir2/dir
cp -r dir dir/sub
chmod 640 f && cp -p f p && stat -c '%a' p && cp f np && stat -c '%a' np
ln -s f link && cp link copied && cp -a link alink && readlink alink && cat copied
mv g h && ls
mv h dir && ls dir
mv nosuch z; mv dir dir/inside; mv f f
mkdir e1 e2 && touch e2/x && mv -T e1 e2; mv e1 f
mv f dir2 dir && ls dir
ln dir/f hard && stat -c '%h' hard
ln dir/f hard; ln -f dir/f hard && stat -c '%h' hard
ln -s target dangling && readlink dangling && ln -s other dangling
ln -sf other dangling && readlink dangling
ln -s nosuch dir && readlink dir/nosuch
ln dir hd; ln nosuch q
ln -sf dir dl && ln -sfn e2 dl && readlink dl
chmod 600 hard && stat -c '%a %A' hard
chmod u+x,g+r,o-rwx hard && stat -c '%a' hard
chmod a=r hard && stat -c '%a' hard
chmod =rw hard && stat -c '%a' hard
chmod -w hard && stat -c '%a' hard
chmod +X hard dir && stat -c '%a' hard dir
chmod 755 nosuch; chmod 755 dangling
mkdir -p tree/sub && touch tree/sub/f && chmod -R 700 tree && stat -c '%n %a' tree tree/sub tree/sub/f
chmod 9 f; chmod u+q f
truncate -s 10 t2 && stat -c '%s' t2
truncate -s +1K t2 && stat -c '%s' t2
truncate -s -24 t2 && stat -c '%s' t2
truncate -s '<5' t2 && stat -c '%s' t2
truncate -s %4 t2 && stat -c '%s' t2
truncate -s 1KB new && stat -c '%s' new
truncate -c -s 1 absent; ls absent
truncate -s 0 dir; truncate t2; truncate -s 1x t2
readlink link; readlink dir; readlink nosuch; readlink -n link; echo
readlink -f link; readlink -f dir/../link; readlink -f nosuch; readlink -f nosuch/a
readlink -e link; readlink -e dangling; readlink -m nosuch/a/../b
ln -s loop loop && readlink -f loop
mknod wh c 0 0 && stat -c '%F %t %T' wh
mknod fifo p && stat -c '%F' fifo
mknod blk b 8 1 && stat -c '%F %t %T %a' blk
mknod wh c 0 0; mknod x c; mknod x p 1 2
stat -c '%n|%s|%F|%h|%U|%G|%u|%g|%a|%A|%N|%%' new link dir wh
stat -c '%-8n|%8s|%.2n|' new
stat nosuch
cat nosuch new dir
tree
tree -a --noreport dir
tree -d
tree -L 1
tree nosuch new dir
