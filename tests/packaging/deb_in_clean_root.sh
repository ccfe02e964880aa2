#!/usr/bin/env bash
# The Debian package, proven end to end: CPack builds it from BUILD_DIR, apt installs it (Depends
# only, no Recommends) into a fresh Debian 12 minbase root made by debootstrap, and there
# `vieraugen --version`, `vieraugen-cli --help` and `vieraugen --screenshot` (the calendar, which
# starts without the session module, on this machine's Xvfb) run; the session module is there
# with all its libraries; lintian reports no errors; the installed .desktop and metainfo files
# validate; and `apt-get purge --autoremove` leaves nothing behind.
#
# usage: deb_in_clean_root.sh BUILD_DIR OUTPUT_DIR
#
# Exits 77 (CTest: skipped) with the reason when this machine cannot do it: not root, no
# debootstrap, not Debian 12 (the package is built against this machine's libraries), or no
# Debian mirror. The base root is made once and kept (with apt's downloaded packages) in
# VIERAUGEN_PACKAGING_CACHE (default /var/cache/vieraugen-packaging), so later runs take about
# a minute; every run unpacks a fresh copy of it.
set -euo pipefail

build_dir=$(realpath "$1")
output_dir=$2
suite=bookworm
mirror=${VIERAUGEN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${VIERAUGEN_PACKAGING_CACHE:-/var/cache/vieraugen-packaging}
base_tar=$cache/$suite-minbase.tar
base_max_age_days=7

skip() {
    echo "SKIPPED: $*"
    exit 77
}
fail() {
    echo "FAILED: $*" >&2
    exit 1
}
step_start=$SECONDS
step() {
    echo "[$((SECONDS - step_start)) s] $*"
}

[ "$(id -u)" -eq 0 ] || skip "debootstrap and chroot need root; run the test as root to prove the package"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (apt-get install debootstrap)"
for tool in cpack lintian Xvfb desktop-file-validate appstreamcli identify; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (see tools/dependencies.sh)"
done
# shellcheck source=/dev/null
. /etc/os-release
[ "${ID:-}" = debian ] && [ "${VERSION_CODENAME:-}" = "$suite" ] \
    || skip "the package is built against this machine's libraries, so it is proven on Debian 12 ($suite) only; this is ${PRETTY_NAME:-unknown}"
mkdir -p "$cache/apt-archives/partial" "$output_dir"
work=$(mktemp -d "$cache/run.XXXXXX")
/usr/lib/apt/apt-helper download-file "$mirror/dists/$suite/Release" "$work/Release" >/dev/null 2>&1 \
    || { rm -rf "$work"; skip "the Debian mirror $mirror is not reachable"; }
root=$work/root
xvfb_pid=
mounted=()

# Mounts come off before anything is removed, and removal never crosses into another file system:
# a bind mount left in place must not take the host's files with it.
cleanup() {
    local status=$?
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    local index
    for ((index = ${#mounted[@]} - 1; index >= 0; index--)); do
        umount "${mounted[index]}" 2>/dev/null || umount -l "${mounted[index]}"
    done
    if findmnt -rn -o TARGET | grep -q "^$work/"; then
        echo "mounts below $work remain; leaving it in place" >&2
    else
        rm -rf --one-file-system "$work"
    fi
    exit $status
}
trap cleanup EXIT

mount_into_root() { # mount_into_root TARGET MOUNT-ARGUMENTS...
    local target=$root$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
}

in_root() {
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# The base root: debootstrap minbase, made once a week under a lock (other runs wait for it).
(
    flock 9
    if [ -f "$base_tar" ] && [ -z "$(find "$base_tar" -mtime +"$base_max_age_days")" ]; then
        exit 0
    fi
    step "making the Debian 12 minbase root (once a week)"
    fresh=$cache/base.new
    rm -rf --one-file-system "$fresh"
    debootstrap --variant=minbase --cache-dir="$cache/apt-archives" "$suite" "$fresh" "$mirror" >"$cache/debootstrap.log" 2>&1 \
        || fail "debootstrap failed, see $cache/debootstrap.log"
    printf 'deb %s %s main\ndeb %s %s-updates main\ndeb http://security.debian.org/debian-security %s-security main\n' \
        "$mirror" "$suite" "$mirror" "$suite" "$suite" >"$fresh/etc/apt/sources.list"
    tar -C "$fresh" -cf "$base_tar.new" .
    mv "$base_tar.new" "$base_tar"
    rm -rf --one-file-system "$fresh"
) 9>"$cache/lock"

step "building the package with CPack"
cpack -G DEB -B "$work/package" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(find "$work/package" -maxdepth 1 -name '*.deb' -print -quit)
[ -n "$deb" ] || fail "cpack made no .deb"
cp "$deb" "$output_dir/"
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --field "$deb" Depends Recommends

step "lintian"
lintian --fail-on error --display-level '>=warning' "$deb" \
    | tee "$output_dir/lintian.txt" || fail "lintian reports errors (above)"

step "unpacking a fresh root"
mkdir "$root"
tar -C "$root" -xf "$base_tar"
mount_into_root /proc -t proc proc
mount_into_root /dev/shm -t tmpfs -o mode=1777 tmpfs
mount_into_root /var/cache/apt/archives --bind "$cache/apt-archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# What exists before the package arrives, apart from places that change anyway.
snapshot() {
    in_root find / -xdev \( -path /proc -o -path /dev -o -path /tmp -o -path /root -o -path /run \
        -o -path /var/cache -o -path /var/lib/apt -o -path /var/lib/dpkg -o -path /var/log \) -prune \
        -o -print | sort
}
snapshot >"$work/before.txt"

step "apt-get update"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get update failed"; }
step "apt-get install (Depends only)"
cp "$deb" "$root/tmp/vieraugen.deb"
in_root apt-get install -y -qq --no-install-recommends /tmp/vieraugen.deb >>"$work/apt.log" 2>&1 \
    || { tail -40 "$work/apt.log"; fail "apt-get install failed"; }
in_root dpkg -L vieraugen >"$work/files.txt"

step "the modules and their libraries"
# The calendar starts without Qt WebEngine (session module) and without libcurl and libphonenumber
# (contact module); the modules that bring them must be in the package, and every library they need
# must have come in through the package's Depends.
for name in session contact; do
    module=$(grep "/vieraugen/vieraugen-$name\\.so\$" "$work/files.txt") || fail "the package lacks the $name module"
    in_root ldd "$module" >"$work/module-ldd.txt"
    ! grep 'not found' "$work/module-ldd.txt" || fail "libraries of $module are missing in the clean root"
    echo "$module: $(grep -c '=>' "$work/module-ldd.txt") libraries, all present"
done

# The X server runs on this machine; its socket directory is the root's /tmp/.X11-unix.
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
display=$(cat "$work/display")
[ -n "$display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
mount_into_root /tmp/.X11-unix --bind /tmp/.X11-unix
in_gui() {
    in_root env DISPLAY=":$display" QT_QPA_PLATFORM=xcb QTWEBENGINE_DISABLE_SANDBOX=1 "$@"
}

step "vieraugen --version"
version=$(dpkg-deb --field "$deb" Version)
in_gui vieraugen --version | tee "$work/version.txt"
grep -q "$version" "$work/version.txt" || fail "vieraugen --version does not name $version"

step "vieraugen-cli --help"
in_root vieraugen-cli --help >"$work/cli-help.txt" || { cat "$work/cli-help.txt"; fail "vieraugen-cli --help failed"; }
grep -q -- "--data-dir" "$work/cli-help.txt" || fail "vieraugen-cli --help does not describe its options"

step "vieraugen --screenshot under Xvfb"
in_gui vieraugen --data-dir /tmp/try --screenshot /tmp/screenshot.png >"$work/screenshot.log" 2>&1 \
    || { cat "$work/screenshot.log"; fail "vieraugen --screenshot failed"; }
cp "$root/tmp/screenshot.png" "$output_dir/screenshot-clean-root.png"
colours=$(identify -format '%k' "$output_dir/screenshot-clean-root.png")
[ "$colours" -gt 16 ] || fail "the screenshot is nearly blank ($colours colours): $output_dir/screenshot-clean-root.png"
echo "screenshot: $output_dir/screenshot-clean-root.png ($colours colours)"

step "desktop-file-validate and appstreamcli validate on the installed files"
desktop-file-validate "$root/usr/share/applications/de.vieraugen.Vieraugen.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/de.vieraugen.Vieraugen.metainfo.xml"

step "apt-get purge --autoremove"
in_root apt-get purge -y -qq --autoremove vieraugen >>"$work/apt.log" 2>&1 \
    || { tail -40 "$work/apt.log"; fail "apt-get purge failed"; }
left=()
while IFS= read -r path; do
    [ -e "$root$path" ] && [ ! -d "$root$path" ] && left+=("$path")
done <"$work/files.txt"
[ ${#left[@]} -eq 0 ] || fail "purge left the package's files: ${left[*]}"
snapshot >"$work/after.txt"
new=$(comm -13 "$work/before.txt" "$work/after.txt")
[ -z "$new" ] || fail "after purge --autoremove these paths remain that were not there before: $new"

step "done: installed, ran, validated and removed without a trace"
