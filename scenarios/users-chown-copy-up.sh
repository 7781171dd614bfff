# title: Other users: chown and chgrp through an overlay copy the object up
# description: chown and chgrp change the owner through merged/ as chmod
#   changes the mode: the object is copied up (only its metadata under
#   metacopy=on) and the upper copy gets the new owner; copy-up keeps the
#   lower owner. chown clears set-user-id, and set-group-id when
#   group-exec is on. -R changes a tree bottom-up, -h a link itself.
# title.zh: 其他用户：通过 overlay 执行 chown 和 chgrp 会 copy-up 对象
# description.zh: chown 和 chgrp 通过 merged/ 修改属主，就像 chmod 修改权限一样：对象被 copy-up（metacopy=on 下只复制元数据），上层副本得到新的属主；copy-up 本身保留下层的属主。chown 会清除 set-user-id，并在组可执行时清除 set-group-id。-R 自下而上修改整棵树，-h 修改链接本身。
mkdir lower upper work merged
mkdir -p lower/d/sub
echo one > lower/d/a
echo two > lower/d/sub/b
echo three > lower/s
ln -s s lower/l
chown 1:1 lower/d/a
chmod 4755 lower/s
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
stat -c '%U:%G %u:%g %a %n' merged/d/a merged/s merged/d
chown 2 merged/d/a
stat -c '%U:%G %u:%g %a %n' merged/d/a upper/d/a upper/d
chgrp bin merged/s
stat -c '%U:%G %u:%g %a %n' merged/s upper/s
chown -h 7:7 merged/l
stat -c '%U:%G %u:%g %a %n' merged/s merged/l
chown -R daemon: merged/d
stat -c '%U:%G %u:%g %a %n' merged/d merged/d/a merged/d/sub merged/d/sub/b
chown 4242:4243 merged/s
chmod 2755 merged/s
chown :0 merged/s
stat -c '%U:%G %u:%g %a %n' merged/s
chmod 2745 merged/s
chown :0 merged/s
stat -c '%U:%G %u:%g %a %n' merged/s
chown nosuch merged/s
chown 4242: merged/s
chgrp nosuch merged/s
chown 5 merged/nothere
umount merged
stat -c '%U:%G %u:%g %a %n' upper/d upper/d/a upper/d/sub upper/d/sub/b upper/s upper/l lower/d/a
