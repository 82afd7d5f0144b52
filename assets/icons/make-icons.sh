#!/usr/bin/env bash
# Makes every icon the installers and the window use from one source, eltdeck.mvg (ImageMagick's vector
# format, drawn on a 1024 x 1024 canvas):
#   png/eltdeck-N.png   N = 16 24 32 48 64 128 256 512 1024 (Linux hicolor sizes, the .deb and app image)
#   eltdeck.ico         16-256 px in one file (Windows, the .msi and its shortcuts)
#   eltdeck.icns        16-1024 px, PNG entries (macOS, the .app and .dmg)
#   ../eltdeck.png and src/main/resources/eltdeck/icon.png, 256 px (README, the window's own icon)
# Needs ImageMagick (convert) and python3. Run it after changing eltdeck.mvg and commit what it writes.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

convert -size 1024x1024 xc:none -draw "$(cat eltdeck.mvg)" "$work/master.png"
mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  convert "$work/master.png" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:png/eltdeck-$size.png"
done
convert png/eltdeck-{16,24,32,48,64,128,256}.png eltdeck.ico
cp png/eltdeck-256.png ../eltdeck.png
cp png/eltdeck-256.png ../../src/main/resources/eltdeck/icon.png

# ICNS is a list of (4-byte type, 4-byte big-endian length including the 8-byte header, PNG data) entries.
python3 - <<'PY'
import struct
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
         ("ic11", 32), ("ic12", 64), ("ic13", 512), ("ic14", 1024)]  # ic11-ic14 are the @2x (Retina) variants
body = b""
for kind, size in types:
    data = open(f"png/eltdeck-{size}.png", "rb").read()
    body += kind.encode() + struct.pack(">I", len(data) + 8) + data
open("eltdeck.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "icons written from eltdeck.mvg"
