#!/usr/bin/env bash
# Builds the fuzz targets (clang, libFuzzer + ASan + UBSan) in build-fuzz/ and runs each for
# SECONDS (default 12), starting from its seeds in tests/fuzz/corpus/<target>/.
# Usage: tests/fuzz/run.sh [SECONDS] [TARGET...]      (targets: analyzer query plain_text livedoor json_lines)
# A crash, leak, undefined behaviour or failed check stops with status 1 and leaves the input
# that caused it in build-fuzz/findings/<target>/ (replay: build-fuzz/bin/fuzz_<target> FILE).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-12}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(analyzer query plain_text livedoor json_lines)

scripts/install-packages.sh clang libclang-rt-14-dev
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DNEWS_FUZZ=ON > /dev/null
cmake --build build-fuzz --target fuzz_targets -- -j"$(nproc)"

# Longest inputs: queries are limited to 1 KB by newsweb; articles get room for several lines.
max_len() { case $1 in query) echo 1024 ;; *) echo 4096 ;; esac; }

for target in "${targets[@]}"; do
  work=build-fuzz/fuzz-work/$target     # what the run adds to the seeds; kept between runs
  findings=build-fuzz/findings/$target
  mkdir -p "$work" "$findings"
  echo "fuzz_$target: ${seconds}s"
  # -rss_limit_mb: the query target holds a small index; ASan's shadow memory counts too.
  if ! build-fuzz/bin/fuzz_"$target" "$work" tests/fuzz/corpus/"$target" \
      -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=20 -rss_limit_mb=4096 \
      -artifact_prefix="$findings/" -print_final_stats=1 > "build-fuzz/fuzz-$target.log" 2>&1; then
    tail -n 60 "build-fuzz/fuzz-$target.log"
    echo "fuzz_$target: FAILED, input saved in $findings/"
    exit 1
  fi
  grep -E '^stat::number_of_executed_units|^Done' "build-fuzz/fuzz-$target.log" | tr '\n' ' '
  echo
done
