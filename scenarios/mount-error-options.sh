# title: Mount option errors all exit 32
# description: mount(8) exits 32 for every refused overlay mount, whatever
#   the reason (the reason is only in the kernel log): missing workdir,
#   unknown option, bad value, empty lowerdir=, stray colons, metacopy=on
#   with redirect_dir=off or nofollow, nfs_export=on with metacopy=on or
#   index=off. A refused mount changes nothing on disk here.
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,bogus ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=maybe ./merged
mount -t overlay overlay -o lowerdir=,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower:,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=:./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower:::./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on,redirect_dir=off ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on,redirect_dir=nofollow ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,nfs_export=on,metacopy=on ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,nfs_export=on,index=off ./merged
ls merged
