# title: ls, stat and tree output in detail
mkdir -p d/sub/deeper .hidden && echo 12345 > d/file && touch d/.dot d/empty && ln -s file d/link && ln -s nowhere d/broken
mknod d/wh c 0 0 && mknod d/blk b 8 1 && mknod d/fifo p && ln d/file d/hard && chmod 4755 d/empty && chmod 1777 d/sub
ls
ls -a
ls -A
ls -1 d
ls -l d
ls -la d/sub
ls -ld d d/sub d/link
ls -R d
ls -lR d
ls -d d/file d/sub d
ls d/file d d/sub
ls d/link d/broken
ls nosuch d/file
ls -l nosuch
ls -l d/wh d/blk d/fifo d/link
ln -s d dl && ls dl && ls -l dl && ls -ld dl/
stat d/file
stat d/link d/sub d/wh d/fifo
stat -L d/link
stat -c '%s %b %B %o %f %t %T %h' d/file d/blk
stat --printf '%n:%s\n' d/file d/empty
tree d
tree -a d
tree -d d
tree -L 1 d
tree --noreport -a .
tree dl d/link d/broken nosuch
cd dl && pwd && ls && cd sub && pwd && cd ../.. && pwd
cd d/sub/deeper && cd ../../.. && pwd
mkdir -p 'sp ace/x' && ls 'sp ace' && rm -r 'sp ace' nosuch-q\'uote
mkdir devs && mknod devs/a c 1 2 && mknod devs/b b 8 10 && mknod devs/c c 259 3 && echo hi > devs/f && ls -l devs && rm devs/c && ls -l devs && printf '%0123456d' 0 > devs/big && ls -l devs
