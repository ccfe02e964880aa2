#!/usr/bin/env bash
# The Windows installer script (packaging/windows/NSIS.template.in) compiles: CPack fills it in
# from BUILD_DIR's configuration and makensis, which runs on Linux too, builds the installer.
# The payload is this machine's install tree, so this proves the script and its settings, not
# the Windows files (.github/workflows/packages.yml builds the real one).
#
# usage: nsis_installer.sh BUILD_DIR OUTPUT_DIR          exits 77 (skipped) without makensis
set -euo pipefail
build_dir=$(realpath "$1")
output_dir=$2

command -v makensis >/dev/null || { echo "SKIPPED: makensis is not installed (apt-get install nsis)"; exit 77; }
rm -rf "$output_dir"
mkdir -p "$output_dir"
cpack -G NSIS -B "$output_dir" --config "$build_dir/CPackConfig.cmake" >"$output_dir/cpack.log" 2>&1 \
    || { cat "$output_dir/cpack.log"; find "$output_dir" -name 'NSISOutput.log' -exec tail -30 {} \; ; exit 1; }
script=$(find "$output_dir/_CPack_Packages" -name project.nsi -print -quit)
installer=$(find "$output_dir" -maxdepth 1 -name '*.exe' -print -quit)
[ -n "$installer" ] || { echo "FAILED: no installer was made"; exit 1; }

# Every value the script takes from CMake arrived (CPack leaves an unknown @VARIABLE@ empty).
if grep -nE '^!define [A-Z_]+ ""$|\\\\|\\"' "$script"; then
    echo "FAILED: settings missing from packaging/CMakeLists.txt (above) in $script"
    exit 1
fi
grep -q 'RMDir /r "$APPDATA\\Vieraugen\\Vieraugen"' "$script" \
    || { echo "FAILED: the uninstaller does not know where the user's data lives"; exit 1; }
echo "installer: $installer ($(du -k "$installer" | cut -f1) KiB), script: $script"
