#!/usr/bin/env bash
# Builds the Debian package and checks it the way a user meets it:
#   1. cpack -G DEB in the build directory (configured and built first if needed),
#   2. the package's contents, its Depends line (dpkg-shlibdeps output plus the Qt runtime
#      plugins and the font), the desktop entry (desktop-file-validate) and the AppStream
#      metainfo (appstreamcli validate --no-net), as shipped inside the .deb,
#   3. apt-get install of the .deb on this machine, then the installed binary run headless
#      from a directory outside the source tree: --version, --help, validate (which must use
#      /usr/share/corridor-atlas, not the source tree) and --export,
#   4. apt-get remove (also when a step fails).
#
#   packaging/check-package.sh [BUILD_DIR]     (default: build; JOBS=N limits build parallelism)
#
# Needs root or sudo (it installs the package). Exits non-zero on the first problem.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(pwd -P)
build_dir=$(realpath -m "${1:-build}")
package=corridor-atlas
atlas_dir=/usr/share/corridor-atlas

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\ncheck-package: FAILED: %s\n' "$*" >&2; exit 1; }

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
apt_get() { DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get "$@"; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# --- Tools: packaging (dpkg-dev, file) and validation (desktop-file-utils, appstream) ---
tools=(dpkg-dev file desktop-file-utils appstream)
missing=()
for p in "${tools[@]}"; do installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing tools: ${missing[*]}"
  apt_get update -qq
  apt_get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- Build and package ---
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  say "Configuring $build_dir"
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
say "Building $build_dir"
cmake --build "$build_dir" --parallel "${JOBS:-$(nproc)}"
say "Packaging (cpack -G DEB)"
rm -f "$build_dir"/${package}_*.deb
(cd "$build_dir" && cpack -G DEB)
debs=("$build_dir"/${package}_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one ${package}_*.deb in $build_dir, found: ${debs[*]}"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
echo "Package: $deb (version $version)"

work=$(mktemp -d /tmp/corridor-atlas-check.XXXXXX)
we_installed=0
cleanup() {
  local status=$?
  if [ "$we_installed" -eq 1 ] && installed "$package"; then
    printf '\n== Removing %s\n' "$package"
    apt_get remove -y -qq "$package" || status=1
  fi
  rm -rf "$work"
  [ "$status" -eq 0 ] || echo "check-package: exit status $status" >&2
  exit "$status"
}
trap cleanup EXIT

# --- What the package holds ---
say "Package metadata"
dpkg-deb -I "$deb"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in qt6-qpa-plugins libqt6svg6 fonts-dejavu-core libc6 libqt6core6 libqt6widgets6 libgdal; do
  grep -q "\(^\|, \)$dep" <<<"$depends" || fail "Depends lacks $dep (dpkg-shlibdeps output or explicit runtime dependency): $depends"
done
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "unexpected architecture"

root=$work/root
dpkg-deb -x "$deb" "$root"
expected=(
  usr/bin/corridor-atlas
  usr/share/corridor-atlas/routes.geojson
  usr/share/corridor-atlas/places.geojson
  usr/share/corridor-atlas/basemap.gpkg
  usr/share/corridor-atlas/NATURAL-EARTH.md
  usr/share/corridor-atlas/LICENSE-world-atlas.txt
  usr/share/corridor-atlas/COORDINATES.md
  usr/share/applications/corridor-atlas.desktop
  usr/share/metainfo/io.github.corridoratlas.CorridorAtlas.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/corridor-atlas.svg
  usr/share/man/man1/corridor-atlas.1.gz
  usr/share/doc/corridor-atlas/copyright
  usr/share/doc/corridor-atlas/NATURAL-EARTH.md
  usr/share/doc/corridor-atlas/LICENSE-world-atlas.txt
  usr/share/doc/corridor-atlas/COORDINATES.md
)
for f in "${expected[@]}"; do [ -f "$root/$f" ] || fail "package lacks /$f"; done
ls "$root"/usr/share/corridor-atlas/articles/*.txt >/dev/null 2>&1 || fail "package lacks the articles"
for f in build-basemap.sh build_basemap.py; do
  [ ! -e "$root/usr/share/corridor-atlas/$f" ] || fail "package ships the build script $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/corridor-atlas.png
  [ -f "$png" ] || fail "package lacks the ${size}px icon"
  file -b "$png" | grep -q "^PNG image data, $size x $size," || fail "$png: $(file -b "$png")"
done
gzip -t "$root/usr/share/man/man1/corridor-atlas.1.gz" || fail "man page is not valid gzip"
echo "Contents: all expected files present."

say "desktop-file-validate"
desktop_out=$(desktop-file-validate "$root/usr/share/applications/corridor-atlas.desktop" 2>&1) \
  || fail "desktop-file-validate: $desktop_out"
[ -z "$desktop_out" ] || fail "desktop-file-validate is not clean: $desktop_out"
echo "clean"

say "appstreamcli validate --no-net"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.corridoratlas.CorridorAtlas.metainfo.xml" \
  || fail "appstreamcli validate"
if grep -q "<screenshot" "$root/usr/share/metainfo/io.github.corridoratlas.CorridorAtlas.metainfo.xml"; then
  grep -o "<image[^>]*>[^<]*" "$root/usr/share/metainfo/io.github.corridoratlas.CorridorAtlas.metainfo.xml" \
    | grep -v ">https://" && fail "metainfo screenshot without a public https address"
fi

# --- Install and run the installed binary headless, outside the source tree ---
if installed "$package"; then
  say "Removing the $package already installed, so the package under test is what runs"
  apt_get remove -y -qq "$package"
fi
say "apt-get install $deb"
we_installed=1
apt_get install -y "$deb"
installed "$package" || fail "$package is not installed after apt-get install"
[ "$(dpkg-query -W -f='${Version}' "$package")" = "$version" ] || fail "installed version differs from $version"

run_dir=$work/run
mkdir -p "$run_dir"
cd "$run_dir"
case "$(pwd -P)/" in "$source_dir"/*) fail "run directory $run_dir is inside the source tree" ;; esac
# Headless for real: no display of any kind.
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/corridor-atlas "$@"; }

say "corridor-atlas --version (in $run_dir)"
out=$(run --version) || fail "--version exited $?"
echo "$out"
[ "$out" = "corridor-atlas $version" ] || fail "--version printed \"$out\", expected \"corridor-atlas $version\""

say "corridor-atlas --help"
out=$(run --help) || fail "--help exited $?"
grep -q "validate" <<<"$out" && grep -q -- "--export" <<<"$out" || fail "--help does not describe the modes: $out"
echo "ok ($(wc -l <<<"$out") lines)"

say "corridor-atlas validate"
out=$(run validate 2>&1) || { echo "$out"; fail "validate exited non-zero"; }
echo "$out"
grep -qx "Atlas folder: $atlas_dir" <<<"$out" || fail "the installed binary did not use the installed atlas $atlas_dir"

say "corridor-atlas --export snap.png --size 800x600"
run --export snap.png --size 800x600 || fail "--export exited $?"
file snap.png
file -b snap.png | grep -q "^PNG image data, 800 x 600," || fail "snap.png is not an 800x600 PNG"

say "Man page"
zcat /usr/share/man/man1/corridor-atlas.1.gz | head -n 1 | grep -q '^\.TH CORRIDOR-ATLAS 1' || fail "man page header"
echo ok

cd "$source_dir"
say "apt-get remove $package"
apt_get remove -y "$package"
we_installed=0
! installed "$package" || fail "$package is still installed"
[ ! -e /usr/bin/corridor-atlas ] || fail "/usr/bin/corridor-atlas is left behind"
[ ! -e "$atlas_dir/routes.geojson" ] || fail "$atlas_dir is left behind"

say "Package check passed: $(basename "$deb")"
