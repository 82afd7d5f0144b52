#!/usr/bin/env bash
# Makes lib/app/eltdeck.jsa in a Linux app image: the app's classes as the JVM has parsed them, recorded
# during one start of the app image's own runtime up to its first painted window (then it quits), in a
# data directory of its own. The launcher maps the archive at every start (-XX:SharedArchiveFile).
# Needs a display: $DISPLAY, else xvfb-run. Without either it records the command line's start only.
# usage: make-cds-archive.sh APP_IMAGE_DIR
set -euo pipefail
image=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
record=("$image/lib/runtime/bin/java" "-XX:ArchiveClassesAtExit=$image/lib/app/eltdeck.jsa"
        -cp "$image/lib/app/eltdeck.jar" eltdeck.Launcher)
export ELTDECK_HOME="$home" ELTDECK_STARTUP_PROBE=1
if [ -n "${DISPLAY:-}" ]; then
  "${record[@]}"
elif command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1280x800x24" "${record[@]}"
else
  echo "WARNING: no display and no xvfb-run: the class-data archive covers the command line only" >&2
  "${record[@]}" --version
fi
ls -l "$image/lib/app/eltdeck.jsa"
