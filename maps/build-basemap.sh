#!/usr/bin/env bash
# Rebuild maps/basemap.gpkg (Natural Earth 4.1.0, via the npm package
# world-atlas@2.0.2) - see maps/NATURAL-EARTH.md.
#
#   bash maps/build-basemap.sh            # from anywhere; rerunnable
#   bash maps/build-basemap.sh 10m OUT    # benchmark basemap: the detailed layers from
#                                         # Natural Earth 10m (~1M vertices), written to OUT
#
# Network: only `npm pack world-atlas@2.0.2` (plus `apt-get` if python3-gdal
# or npm is missing). The geodata is read with GDAL/OGR (TopoJSON driver) by
# maps/build_basemap.py, which also fixes the antimeridian-stitched shapes and
# runs the sanity checks; the result only replaces maps/basemap.gpkg if every
# check passed.
set -euo pipefail

PKG="world-atlas@2.0.2"
PKG_SHA1="4bca4a578f3a413bd409c3f07f2054fe7375824f" # npm dist.shasum of the tarball
PY=/usr/bin/python3                                  # Debian's python (python3-gdal)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fine="${1:-50m}"                  # scale of the detailed layers (land_50m, countries_50m)
out="${2:-$here/basemap.gpkg}"
case "$fine" in 50m|10m) ;; *) echo "error: scale must be 50m or 10m, not $fine" >&2; exit 2 ;; esac

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else echo "error: need root to run: $*" >&2; exit 1
    fi
}

apt_install() {
    echo "==> apt-get install $*"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y --no-install-recommends "$@"
}

# --- prerequisites ---------------------------------------------------------
if ! "$PY" -c 'from osgeo import ogr' >/dev/null 2>&1; then
    apt_install python3-gdal
fi
"$PY" -c 'from osgeo import ogr' # fail loudly if it still does not import
if ! command -v npm >/dev/null 2>&1; then
    apt_install npm
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/basemap.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# --- fetch world-atlas ------------------------------------------------------
echo "==> npm pack $PKG"
(cd "$tmp" && npm pack "$PKG" --silent >/dev/null)
tgz="$(ls "$tmp"/world-atlas-*.tgz)"
echo "$PKG_SHA1  $tgz" | sha1sum -c --quiet -
tar -xzf "$tgz" -C "$tmp"
src="$tmp/package"
for f in countries-110m.json land-110m.json "countries-$fine.json" "land-$fine.json" LICENSE; do
    [ -f "$src/$f" ] || { echo "error: $PKG has no $f" >&2; exit 1; }
done
grep -q 'version 4.1.0' "$src/README.md" ||
    echo "warning: $PKG README no longer says Natural Earth 'version 4.1.0'; update NATURAL-EARTH.md" >&2
cmp -s "$src/LICENSE" "$here/LICENSE-world-atlas.txt" ||
    echo "warning: $PKG LICENSE differs from maps/LICENSE-world-atlas.txt" >&2

# --- build + check (into the temp dir) ----------------------------------------
# fixed timestamp in gpkg_contents -> byte-identical output on every rerun
export OGR_CURRENT_DATE="2019-11-01T00:00:00.000Z"
"$PY" "$here/build_basemap.py" "$src" "$tmp/basemap.gpkg" "$fine"

# --- move into place (atomic rename within maps/) ----------------------------
cp "$tmp/basemap.gpkg" "$out.tmp"
mv -f "$out.tmp" "$out"
echo "==> wrote $out ($(du -k "$out" | cut -f1) KiB)"
