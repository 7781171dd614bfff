# title: Other users: the setpriv options the language knows
# description: --euid alone makes the effective uid (and drops every
#   capability); --ruid alone changes neither; --init-groups takes the
#   user's login group from the passwd database, --groups a list; a gid
#   option needs a groups option, and --init-groups a known user.
# title.zh: 其他用户：场景语言支持的 setpriv 选项
# description.zh: 单独使用 --euid 设置有效 uid（并丢弃所有 capability）；单独使用 --ruid 两者都不改变；--init-groups 从 passwd 数据库取用户的登录组，--groups 接受一个列表；gid 选项需要配合一个组选项，--init-groups 需要已知用户。
mkdir -m 777 pub
mkdir grp
chown 0:2 grp
chmod 770 grp
echo secret > pub/root600
chmod 600 pub/root600
setpriv --euid=1 cat pub/root600
setpriv --ruid=1 cat pub/root600
setpriv --reuid=bin --init-groups touch grp/a
setpriv --reuid=daemon --regid=daemon --init-groups touch grp/b
setpriv --reuid=1 --regid=1 --groups=tty,2 touch grp/c
setpriv --reuid=1 --egid=2 --clear-groups touch grp/d
setpriv --reuid=1 --regid=1 touch pub/x
setpriv --reuid=4242 --init-groups touch pub/y
setpriv --init-groups touch pub/z
setpriv --reuid=1 --groups=nosuch touch pub/w
stat -c '%U:%G %n' grp/a grp/c grp/d
ls grp pub
