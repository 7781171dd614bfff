# title: Renaming the other names of an indexed metacopy: one redirect for all
# description: With metacopy=on and index=on the names of a lower hard link are
#   one overlay inode, and a redirect belongs to the inode
#   (OVL_I(inode)->redirect). Renaming h2 into d/ links it up from the index
#   and gives the inode the absolute redirect "/h2"; renaming d/h3 out of d/
#   then keeps that redirect (an absolute one stays), so every upper name
#   carries "/h2", not its own old path. Writing through any name copies the
#   data once for all of them.
# title.zh: 给已索引的 metacopy 的其他名字改名：所有名字共用一个 redirect
# description.zh: metacopy=on 且 index=on 时，下层硬链接的各个名字是同一个 overlay inode，而 redirect 属于 inode（OVL_I(inode)->redirect）。把 h2 改名到 d/ 中会从索引 link-up 它，并给 inode 设置绝对 redirect "/h2"；随后把 d/h3 改名移出 d/ 时保留这个 redirect（绝对 redirect 保持不变），因此每个上层名字都带 "/h2"，而不是各自的旧路径。通过任一名字写入，数据只为所有名字复制一次。
mkdir l upper work merged
mkdir l/d
echo h > l/h
ln l/h l/h2
ln l/h l/d/h3
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,metacopy=on,index=on ./merged
cat merged/h merged/h2 merged/d/h3
chmod 600 merged/h
mv merged/h2 merged/d/x
mv merged/d/h3 merged/y
getfattr -h -d -m 'trusted.overlay.(redirect|nlink)' -e text upper/h upper/d/x upper/y
echo more >> merged/y
cat merged/h merged/d/x merged/y
umount merged
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,metacopy=on,index=on ./merged
cat merged/h merged/d/x merged/y
ln merged/d/x merged/z
rm merged/h
getfattr -h -d -m 'trusted.overlay.(redirect|nlink)' -e text upper/d/x upper/y upper/z
umount merged
