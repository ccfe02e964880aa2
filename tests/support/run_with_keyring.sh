#!/bin/sh
# Runs a test binary against a real Secret Service (gnome-keyring) in a private D-Bus session with
# a throwaway HOME, so tests never see or touch the user's keyring. The first argument picks the
# situation, including the failure modes QtKeychain meets in the field:
#   unlocked     gnome-keyring with an unlocked login collection
#   locked       gnome-keyring started on demand with no login collection and no display to ask on
#   no-service   a session bus on which nobody provides org.freedesktop.secrets
#   no-bus       no session bus at all
#   unreachable  a keyring that cannot start (its HOME cannot be created), so calls hang until D-Bus gives up
# The test reads the situation from VIERAUGEN_KEYRING_SCENARIO.
set -eu
scenario=$1
shift
here=$(cd "$(dirname "$0")" && pwd)

sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
mkdir -m 700 "$sandbox/runtime"
export HOME="$sandbox" XDG_RUNTIME_DIR="$sandbox/runtime" XDG_CONFIG_HOME="$sandbox/.config" XDG_DATA_HOME="$sandbox/.local/share"
export VIERAUGEN_KEYRING_SCENARIO="$scenario"
# With a display, gnome-keyring would show a password prompt that nobody answers.
unset DISPLAY WAYLAND_DISPLAY

case "$scenario" in
unlocked)
    dbus-run-session -- sh -c 'printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' sh "$@"
    ;;
locked)
    dbus-run-session -- "$@"
    ;;
no-service)
    dbus-run-session --config-file="$here/dbus-without-services.conf" -- "$@"
    ;;
no-bus)
    env -u DBUS_SESSION_BUS_ADDRESS "$@"
    ;;
unreachable)
    env -u XDG_RUNTIME_DIR HOME=/proc/vieraugen-no-home dbus-run-session -- sh -c 'printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "$@"' sh "$@"
    ;;
*)
    echo "unknown keyring scenario: $scenario" >&2
    exit 2
    ;;
esac
