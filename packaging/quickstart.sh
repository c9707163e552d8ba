#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running app or a green test suite:
#   packaging/quickstart.sh run [APP ARGS...]   install what is missing, build, launch the app
#   packaging/quickstart.sh test                install what is missing, build, run every test headless
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
[ $# -gt 0 ] && shift

# Build and test dependencies, from Debian 12's own archive.
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
  libgdal-dev gdal-bin
  fonts-dejavu-core xvfb xauth
  dpkg-dev file
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" --parallel "$(nproc)"

case "$mode" in
  run)
    exec "$build_dir/app/corridor-atlas" "$@"
    ;;
  test)
    # Headless: widget tests run on Qt's offscreen platform; no display is needed.
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure --timeout 300
    ;;
  *)
    echo "usage: $0 [run [APP ARGS...] | test]" >&2
    exit 2
    ;;
esac
