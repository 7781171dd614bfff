# title: Other users: a write by an ordinary user drops set-user-id and set-group-id
# description: file_remove_privs and do_truncate: a write or truncate by a
#   caller without CAP_FSETID clears set-user-id, and set-group-id when
#   group-exec is on; root's writes keep both. Through merged/ the bits go
#   from the upper copy, after copy-up kept them.
# title.zh: 其他用户：普通用户写入会去掉 set-user-id 和 set-group-id
# description.zh: file_remove_privs 和 do_truncate：没有 CAP_FSETID 的调用者写入或截断时会清除 set-user-id，并在组可执行时清除 set-group-id；root 的写入两者都保留。通过 merged/ 时，这些位在 copy-up 保留它们之后，从上层副本上被清除。
mkdir lower upper work merged
echo data > lower/f
echo data > lower/g
echo data > lower/h
chown 1:1 lower/f lower/g lower/h
chmod 6777 lower/f
chmod 6767 lower/g
chmod 2757 lower/h
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo root >> merged/f
stat -c '%U:%G %a %n' merged/f
setpriv --reuid=1 --regid=1 --clear-groups cp lower/f merged/f
stat -c '%U:%G %a %n' merged/f upper/f
setpriv --reuid=1 --regid=1 --clear-groups truncate -s 1 merged/g
stat -c '%U:%G %a %n' merged/g
setpriv --reuid=2 --regid=2 --clear-groups truncate -s 2 merged/h
stat -c '%U:%G %a %n' merged/h
setpriv --reuid=1 --regid=1 --clear-groups truncate -s 0 merged/h
stat -c '%U:%G %a %n' merged/h
