#!/bin/sh
# Makes lib/app/eltdeck.jsa, the class-data archive the launcher maps at every start (-XX:SharedArchiveFile),
# from lib/app/eltdeck.classlist, for the app at DIR, and notes in lib/app/eltdeck.jsa.for which image (its path and
# its jar's time and size) it was made for: the JVM refuses an archive made for another place. Run where the app
# will run: by the .deb's postinst, by the build for the app image in target/dist, and by the launcher when the image
# was moved (unzipped elsewhere). Takes a few seconds.
# usage: make-cds-archive.sh DIR
set -e
dir=$(readlink -f -- "$1")
app=$dir/lib/app
# Written aside and renamed: an app starting meanwhile maps the old archive or the new one, never half of one.
next=$(mktemp "$app/eltdeck.jsa.XXXXXX")
trap 'rm -f "$next"' EXIT
"$dir/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/eltdeck.classlist" \
  -XX:SharedArchiveFile="$next" -cp "$app/eltdeck.jar" -Xlog:cds=off -Xlog:cds+map=off >/dev/null
chmod 644 "$next"
mv -f "$next" "$app/eltdeck.jsa"
printf '%s:%s\n' "$dir" "$(stat -c %Y:%s -- "$app/eltdeck.jar")" >"$app/eltdeck.jsa.for"
