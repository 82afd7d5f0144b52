# Atomic write of one file on the VM (run as sh -c SCRIPT sh FILE STAMP; the data comes on stdin).
# stdin: one header line "EXPECTED_SHA256_OR_absent BYTE_COUNT", then exactly BYTE_COUNT bytes of content.
# Nothing of the content, nor of its hash, ever appears on a command line.
# Exit 3: the file changed since it was read; 4: the content arrived incomplete; the old file is untouched.
set -eu
file=$1
stamp=$2
case $file in "~/"*) file=$HOME/${file#"~/"} ;; esac
keep=10
dir=$(dirname -- "$file")
IFS=' ' read -r expected length
if [ -e "$file" ]; then
  current=$(sha256sum -- "$file" | cut -d' ' -f1)
else
  current=absent
fi
if [ "$current" != "$expected" ]; then
  echo "changed since read: $current" >&2
  exit 3
fi
mkdir -p -- "$dir"
umask 077
tmp=$(mktemp -- "$dir/.eltdeck-write.XXXXXX")
# A dropped connection arrives as EOF, SIGHUP or SIGPIPE (stderr gone): the temp file goes in every case.
trap 'rm -f -- "$tmp"' EXIT
trap 'rm -f -- "$tmp"; exit 1' HUP INT TERM PIPE
head -c "$length" > "$tmp"
got=$(wc -c < "$tmp" | tr -d ' ')
if [ "$got" != "$length" ]; then
  rm -f -- "$tmp"
  echo "incomplete: $got of $length bytes" >&2
  exit 4
fi
chmod 600 -- "$tmp"
if [ -e "$file" ]; then
  cp -p -- "$file" "$file.bak-$stamp"
fi
mv -f -- "$tmp" "$file"
trap - EXIT HUP INT TERM PIPE
# Keep the newest backups only.
ls -1 -- "$file".bak-* 2>/dev/null | sort -r | tail -n +$((keep + 1)) | while IFS= read -r old; do rm -f -- "$old"; done
sha256sum -- "$file" | cut -d' ' -f1
