#!/bin/sh
# Makes lib/app/eltdeck.jsa, the class-data archive the launcher maps at every start (-XX:SharedArchiveFile),
# from lib/app/eltdeck.classlist, for the app installed at DIR. Run where the app will run: by the .deb's
# postinst, and by the build for the app image in target/dist. Takes a few seconds.
# usage: make-cds-archive.sh DIR
set -e
dir=$1
"$dir/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$dir/lib/app/eltdeck.classlist" \
  -XX:SharedArchiveFile="$dir/lib/app/eltdeck.jsa" -cp "$dir/lib/app/eltdeck.jar" -Xlog:cds=off -Xlog:cds+map=off >/dev/null
