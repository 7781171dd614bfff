# title: Editing a deep file copies up its parent directories
# description: Writing lower/a/b/c.txt through merged/ copies up a and b
#   (empty, with their modes and a trusted.overlay.origin each) and then
#   the file. Every upper parent that receives an entry with an origin is
#   marked impure, the root too. Siblings stay below.
mkdir lower upper work merged
mkdir -p lower/a/b
chmod 700 lower/a
echo "deep" > lower/a/b/c.txt
echo "sibling" > lower/a/b/d.txt
echo "top" > lower/a/e.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "edited" > merged/a/b/c.txt
ls merged/a merged/a/b
umount merged
