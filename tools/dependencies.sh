# Sourced by ./run and ./test: installs what the build (and the tests) need, and nothing twice.
# Debian/Ubuntu get the packages through apt; other systems get the commands to run.

VIERAUGEN_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config lld
    qt6-base-dev qt6-webengine-dev qt6-webchannel-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6svg6
    qtkeychain-qt6-dev libsecret-1-0
    libical-dev libcurl4-openssl-dev libphonenumber-dev libsqlite3-dev libpsl-dev
)

VIERAUGEN_TEST_PACKAGES=(
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    python3 python3-aiosmtpd python3-jwt python3-icalendar python3-recurring-ical-events
    desktop-file-utils appstream debootstrap lintian nsis libnss3-tools openssl clang-format coturn
    xdotool openbox trayer x11-xkb-utils x11-utils imagemagick at-spi2-core python3-pyatspi
    radicale python3-caldav xclip
)

# tools/make-icons.sh: the Windows .ico and macOS .icns from the SVG.
VIERAUGEN_ICON_PACKAGES=(librsvg2-bin icoutils icnsutils)

# ./test --sanitize: clang with its sanitizer and libFuzzer runtimes.
VIERAUGEN_SANITIZE_PACKAGES=(clang-14 libclang-rt-14-dev)

vieraugen_print_other_platform_help() {
    cat <<'HELP'
Vieraugen builds with Qt 6.4 or newer (Widgets, WebEngine, WebChannel, Sql, Network, LinguistTools),
QtKeychain, libical, libcurl, libpsl and libphonenumber.

macOS (Homebrew):
    brew install cmake ninja qt qtkeychain libical curl libpsl libphonenumber sqlite

Windows (vcpkg, in a "x64 Native Tools" prompt):
    vcpkg install qtbase qtwebengine qtwebchannel qttools qtkeychain-qt6 libical curl libpsl libphonenumber sqlite3
    set CMAKE_TOOLCHAIN_FILE=%VCPKG_ROOT%\scripts\buildsystems\vcpkg.cmake

Then run this script again; it builds when CMake finds everything.
HELP
}

# vieraugen_ensure_packages PACKAGE... — installs the missing ones (sudo when not root).
vieraugen_ensure_packages() {
    case "$(uname -s)" in
        Linux) ;;
        *)
            vieraugen_print_other_platform_help
            return 0
            ;;
    esac
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "No apt-get here: install the equivalents of these packages yourself: $*" >&2
        return 0
    fi

    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# vieraugen_timed LABEL COMMAND... — runs the command and remembers how long it took.
VIERAUGEN_TIMINGS=()
vieraugen_timed() {
    local label=$1
    shift
    local start=$SECONDS
    "$@"
    local status=$?
    VIERAUGEN_TIMINGS+=("$label: $((SECONDS - start)) s")
    return $status
}
