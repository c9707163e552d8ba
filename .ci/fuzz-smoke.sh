#!/usr/bin/env bash
# Issue 5: a short, time-capped libFuzzer run of each fuzz target from the committed seed
# corpus, so CI catches a loader or parser that crashes on a mutated input. The long runs
# are done by hand (tests/fuzz/CMakeLists.txt says how).
#   .ci/fuzz-smoke.sh [BUILD_DIR] [SECONDS_PER_TARGET]   (default build-fuzz, 30)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build-fuzz}
seconds=${2:-30}
jobs=${JOBS:-$(nproc)}

# libFuzzer ships with clang; Debian 12's clang-16 compiles libstdc++ 12's ranges (14 does not).
packages=(clang-16 libclang-rt-16-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-16 \
  -DCORRIDOR_FUZZ=ON -DBUILD_TESTING=OFF
cmake --build "$build_dir" --parallel "$jobs" --target fuzz_article_parser fuzz_atlas_loader

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/.ci/lsan.supp:print_suppressions=0"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for target in article_parser:article atlas_loader:atlas; do
  name=${target%%:*}
  corpus=${target##*:}
  mkdir -p "$scratch/$corpus"
  echo "fuzz_$name: ${seconds}s from tests/fuzz/corpus/$corpus"
  # New inputs go to the scratch folder: the committed corpus is only read. A crash leaves
  # its input in $scratch and its report on stderr.
  if ! "$build_dir/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
       -artifact_prefix="$scratch/" -print_final_stats=1 "$scratch/$corpus" "tests/fuzz/corpus/$corpus"; then
    echo "fuzz_$name FAILED; artifacts:"; ls -l "$scratch"
    status=1
  fi
done
exit $status
