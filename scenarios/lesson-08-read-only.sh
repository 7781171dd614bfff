# title: Lesson 8: Read-only overlays: no upperdir
# description: Leave out upperdir and workdir and the overlay is read-only: it merges
#   its lower layers, and every attempt to change something fails with
#   EROFS, “Read-only file system”. This is how you combine several
#   read-only trees, and how Docker’s overlay2 driver mounts a layer that
#   has been committed.
mkdir app base merged
mkdir -p base/etc app/etc
echo "base config" > base/etc/app.conf
echo "os" > base/etc/os-release
echo "app config" > app/etc/app.conf
echo "app binary" > app/run
# solution
mount -t overlay overlay -o lowerdir=./app:./base ./merged
