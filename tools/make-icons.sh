#!/usr/bin/env bash
# Renders the application icon (resources/icons/vieraugen.svg) into the Windows .ico and the
# macOS .icns that the installers use; run it after changing the SVG and commit both results.
# Needs librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/dependencies.sh
vieraugen_ensure_packages "${VIERAUGEN_ICON_PACKAGES[@]}"

svg=resources/icons/vieraugen.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { # render SIZE
    rsvg-convert --width "$1" --height "$1" --output "$work/$1.png" "$svg"
}
for size in 16 24 32 48 64 128 256 512 1024; do
    render "$size"
done

# Windows: the sizes Explorer and the taskbar ask for; 256 is stored as PNG.
icotool --create --output packaging/windows/vieraugen.ico \
    "$work"/{16,24,32,48,64,128}.png --raw="$work/256.png"
# macOS: the sizes png2icns can store (16 to 1024, 1024 doubling as 512@2x).
png2icns packaging/macos/Vieraugen.icns "$work"/{16,32,48,128,256,512,1024}.png >/dev/null
echo "Wrote packaging/windows/vieraugen.ico and packaging/macos/Vieraugen.icns"
