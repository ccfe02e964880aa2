#!/usr/bin/env bash
# Usage: tools/setup-screenshots.sh [build/debug/app/vieraugen] [docs]
# Takes the README's pictures of the setup assistant: a fresh, German Vieraugen on a private X
# server (1024×700) with its own unlocked keychain, walked through by keyboard with xdotool as a
# new user would, with an example setup file. Needs Xvfb, xdotool, imagemagick, dbus and
# gnome-keyring (tools/dependencies.sh installs them with the test packages).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
app=${1:-$top/build/debug/app/vieraugen}
out=${2:-$top/docs}
mkdir -p "$out"
root=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$root"' EXIT
mkdir -m 700 "$root/runtime"
cat > "$root/vieraugen-einrichtung.json" <<'JSON'
{ "servers": [ { "id": "beratung-nord", "name": "Beratungsstelle Nord", "url": "https://meet.beratung-nord.example",
  "auth": "jwt", "appId": "vieraugen", "issuer": "vieraugen", "audience": "jitsi",
  "appSecret": "Beispiel-Geheimnis-nur-fuer-Bilder", "default": true } ] }
JSON
export HOME=$root XDG_RUNTIME_DIR=$root/runtime XDG_CONFIG_HOME=$root/config XDG_DATA_HOME=$root/share
export LANG=de_DE.UTF-8 LANGUAGE=de TZ=Europe/Berlin
Xvfb -displayfd 3 -screen 0 1024x700x24 -nolisten tcp 3>"$root/display" >/dev/null 2>&1 &
until [ -s "$root/display" ]; do sleep 0.1; done
export DISPLAY=:$(cat "$root/display")
dbus-run-session -- sh -c "printf bilder | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
    exec '$app' --data-dir '$root/data'" >"$root/app.log" 2>&1 &

assistant() { xdotool search --sync --onlyvisible --name "einrichten" | head -1; }
shot() {
    local window
    window=$(assistant)
    xdotool windowfocus --sync "$window"
    sleep 0.5
    import -window "$window" "$out/setup-$1.png"
}
key() { xdotool key "$@"; sleep 0.4; }
type() { xdotool type --delay 15 "$1"; sleep 0.3; }

xdotool windowfocus --sync "$(assistant)"
type "Jana Schulz"; key Tab; type "Beratungsstelle Nord"; key Tab; type "beratung-nord.example/datenschutz"
shot 1-identity
key Return
shot 2-server
key space; sleep 1; type "$root/vieraugen-einrichtung.json"; key Return; sleep 3
shot 3-server-set-up
key Return
shot 4-devices
key Return
shot 5-ready
echo "pictures in $out/setup-*.png"
