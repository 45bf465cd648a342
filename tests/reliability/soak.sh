#!/usr/bin/env bash
# Soak: newsweb on loopback over part of the development corpus, loaded by wrk for SECONDS with
# varied /api/search queries. Reports requests served, errors (must be 0) and the server's RSS
# idle, then at every tenth of the run (should stay flat from 10% on). Fails on any error or if
# the server dies.
# Usage: tests/reliability/soak.sh [SECONDS] (default 180); exit status 77 when there is no corpus
# Environment: NEWS_CORPUS (default ../shared/corpus), NEWS_BIN_DIR (default build/bin),
# SOAK_ARTICLES_PER_FILE (default 3000), SOAK_CONNECTIONS (default 16), SOAK_PORT (default 18080).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-180}
corpus=${NEWS_CORPUS:-../shared/corpus}
bin=${NEWS_BIN_DIR:-build/bin}
per_file=${SOAK_ARTICLES_PER_FILE:-3000}
connections=${SOAK_CONNECTIONS:-16}
port=${SOAK_PORT:-18080}
[ -d "$corpus/dev" ] || { echo "soak: SKIP: no development corpus at $corpus/dev (set NEWS_CORPUS)"; exit 77; }
[ -x "$bin/newsweb" ] || { echo "soak: no $bin/newsweb (run scripts/setup.sh, or set NEWS_BIN_DIR)"; exit 2; }
command -v wrk > /dev/null || scripts/install-packages.sh wrk

work=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2> /dev/null && wait "$server" 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# Copies of the binaries, so that a rebuild during the soak does not swap them.
cp "$bin/newsindex" "$bin/newsweb" "$work/"
for file in "$corpus"/dev/*.jsonl; do head -n "$per_file" "$file"; done > "$work/articles.jsonl"
"$work/newsindex" --quiet --db "$work/db" "$work/articles.jsonl" 2>&1 | tail -n 1

"$work/newsweb" --db "$work/db" --host 127.0.0.1 --port "$port" --no-access-log > "$work/newsweb.out" 2> "$work/newsweb.err" &
server=$!
for _ in $(seq 100); do grep -q serving "$work/newsweb.out" 2> /dev/null && break; sleep 0.1; done
grep serving "$work/newsweb.out" || { cat "$work/newsweb.err"; exit 1; }

rss() { awk '/^VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$server/status" 2> /dev/null || echo "? MB"; }
rss_start=$(rss)
# RSS at every tenth of the run ("10%: 82 MB"), the last one taken after wrk ends.
(for tenth in $(seq 1 9); do
  sleep "$(awk -v s="$seconds" 'BEGIN { print s / 10 }')"
  echo "$((tenth * 10))%: $(rss)" >> "$work/rss_series"
done) &
sampler=$!
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency \
  -s tests/reliability/soak_requests.lua "http://127.0.0.1:$port" -- "$work/articles.jsonl" | tee "$work/wrk.out"
rss_end=$(rss)
wait "$sampler"
echo "100%: $rss_end" >> "$work/rss_series"

requests=$(awk '/requests in/ {print $1}' "$work/wrk.out")
non_2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.out")
socket_errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$work/wrk.out")
errors=$(( ${non_2xx:-0} + ${socket_errors:-0} ))
health=$( (exec 3<> "/dev/tcp/127.0.0.1/$port" && printf 'GET /healthz HTTP/1.1\r\nHost: soak\r\nConnection: close\r\n\r\n' >&3 &&
  head -n 1 <&3 | awk '{print $2}') 2> /dev/null || echo none)
echo "soak: ${seconds}s, $requests requests, $errors errors (non-2xx ${non_2xx:-0}, socket ${socket_errors:-0}), healthz $health"
echo "soak: newsweb RSS idle $rss_start, then $(paste -sd ' ' "$work/rss_series" | sed 's/ MB /  MB, /g; s/  / /g')"
[ "$errors" -eq 0 ] && [ "$health" = 200 ]
