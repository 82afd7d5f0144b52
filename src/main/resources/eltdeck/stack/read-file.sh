# Prints one file of the VM (run as sh -c SCRIPT sh FILE); exit 3 when it does not exist.
set -eu
file=$1
case $file in "~/"*) file=$HOME/${file#"~/"} ;; esac
[ -e "$file" ] || exit 3
cat -- "$file"
