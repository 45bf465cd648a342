#!/usr/bin/env bash
# Runs the relevance and performance benchmarks and writes OUTDIR/report.md.
#
# Usage: benchmarks/run.sh OUTDIR [--quick] [--config NAME=VAR=VALUE[,VAR=VALUE...]]... [--steps LIST]
#
#   --quick           reduced run for CI smoke tests (topic subsets, 10% of the corpus, 3 s load
#                     levels; a few minutes)
#   --config SPEC     a named configuration: environment variables given to newsindex and
#                     newssearch, e.g. nobackstop=NEWS_BACKSTOP=0 or bm25=NEWS_BM25_K1=0.9,NEWS_BM25_B=0.4
#                     (repeatable; each gets a column in the configurations table)
#   --steps LIST      comma-separated subset of: segmentation,analysis,relevance,configs,indexing,
#                     latency,server,growth (default: all). latency, server and growth need indexing.
#
# Environment: NEWS_CORPUS (default ../shared/corpus relative to the repository root),
# BENCH_K (results per topic in relevance runs, default 100), BENCH_KEEP_WORK=1 (keep the
# databases under OUTDIR/work), BENCH_SEED (shuffle seed, default 42), BENCH_SKIP_BUILD=1 (use
# build/ as it is instead of running scripts/setup.sh).
set -Eeuo pipefail
{ # Parsed as a whole before it runs: editing or updating this file during a run is safe.

usage() { sed -n '2,/^set -E/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUTDIR="" QUICK=0 STEPS="all"
CONFIG_NAMES=() CONFIG_ENVS=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --quick) QUICK=1 ;;
    --config)
      [ $# -ge 2 ] || { echo "run.sh: --config needs NAME=VAR=VALUE[,VAR=VALUE...]" >&2; exit 2; }
      spec="$2"; shift
      name="${spec%%=*}" envs="${spec#*=}"
      if [ "$name" = "$spec" ] || ! [[ "$name" =~ ^[A-Za-z0-9_.-]+$ ]]; then
        echo "run.sh: --config '$spec': expected NAME=VAR=VALUE[,VAR=VALUE...] with NAME of letters, digits, _ . -" >&2; exit 2
      fi
      for assignment in ${envs//,/ }; do
        [[ "$assignment" =~ ^[A-Za-z_][A-Za-z0-9_]*=.*$ ]] || { echo "run.sh: --config '$spec': '$assignment' is not VAR=VALUE" >&2; exit 2; }
      done
      CONFIG_NAMES+=("$name") CONFIG_ENVS+=("$envs") ;;
    --config=*) set -- "$1" "--config" "${1#--config=}" "${@:2}" ;;
    --steps) [ $# -ge 2 ] || { echo "run.sh: --steps needs a list" >&2; exit 2; }; STEPS="$2"; shift ;;
    -*) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [ -z "$OUTDIR" ] || { echo "run.sh: only one OUTDIR, got '$OUTDIR' and '$1'" >&2; exit 2; }; OUTDIR="$1" ;;
  esac
  shift
done
[ -n "$OUTDIR" ] || { usage >&2; exit 2; }
for s in ${STEPS//,/ }; do
  case "$s" in all|segmentation|analysis|relevance|configs|indexing|latency|server|growth) ;;
    *) echo "run.sh: unknown step '$s' in --steps" >&2; exit 2 ;; esac
done
wants() { [ "$STEPS" = all ] || [[ ",$STEPS," == *",$1,"* ]]; }

CORPUS="${NEWS_CORPUS:-$ROOT/../shared/corpus}"
[ -d "$CORPUS/dev" ] && [ -d "$CORPUS/relevance" ] ||
  { echo "run.sh: no corpus at $CORPUS (needs dev/ and relevance/; set NEWS_CORPUS)" >&2; exit 2; }
CORPUS="$(cd "$CORPUS" && pwd)"
K="${BENCH_K:-100}"
SEED="${BENCH_SEED:-42}"

mkdir -p "$OUTDIR"
OUTDIR="$(cd "$OUTDIR" && pwd)"
WORK="$OUTDIR/work" LOGS="$OUTDIR/logs" FRAG="$OUTDIR/fragments"
rm -rf "$WORK" "$LOGS" "$FRAG"
rm -f "$OUTDIR"/results.tsv "$OUTDIR"/meta.tsv "$OUTDIR"/report.md "$OUTDIR"/growth-*.png "$OUTDIR"/growth-*.svg
mkdir -p "$WORK" "$LOGS" "$FRAG"
RESULTS="$OUTDIR/results.tsv" META="$OUTDIR/meta.tsv"
: > "$RESULTS"
: > "$META"

START_SECONDS=$SECONDS
STEP="start" STEP_START=$SECONDS
LOG="$LOGS/setup.log"

log() { printf '[run.sh %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; printf '# %s\n' "$*" >> "$LOG"; }
on_error() {
  local rc=$? line=$1
  trap - ERR
  printf '\n[run.sh] FAILED in step "%s" (line %s, exit status %s). Last lines of %s:\n' "$STEP" "$line" "$rc" "$LOG" >&2
  tail -n 20 "$LOG" >&2 || true
  stop_server
  exit "$rc"
}
trap 'on_error $LINENO' ERR
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap 'stop_server' EXIT
trap 'echo "[run.sh] interrupted" >&2; stop_server; exit 130' INT TERM

step() {
  if [ "$STEP" != start ]; then meta "step_seconds.$STEP" $((SECONDS - STEP_START)); fi
  STEP="$1" STEP_START=$SECONDS LOG="$LOGS/$1.log"
  : > "$LOG"
  log "== step $1: $2"
}
# run CMD...: logs the command, sends its output to the step's log.
run() { log "\$ $*"; "$@" >> "$LOG" 2>&1; }
record() { local IFS=$'\t'; printf '%s\n' "$*" >> "$RESULTS"; }
meta() { printf '%s\t%s\n' "$1" "$2" >> "$META"; }
# timed FILE CMD...: runs CMD under /usr/bin/time; FILE gets "wall", "rss_kb", "user", "sys" lines.
TIME_FORMAT='wall\t%e\nrss_kb\t%M\nuser\t%U\nsys\t%S'
timed() { local out="$1"; shift; log "\$ $*"; /usr/bin/time -f "$TIME_FORMAT" -o "$out" "$@" >> "$LOG" 2>&1; }
# timed_index FILE CMD...: the same for newsindex, which exits with 1 when it rejected some articles.
timed_index() { local out="$1"; shift; log "\$ $*"; /usr/bin/time -f "$TIME_FORMAT" -o "$out" "$@" >> "$LOG" 2>&1 || [ $? -eq 1 ]; }
value() { awk -F'\t' -v k="$2" '$1 == k { print $2; found = 1 } END { exit !found }' "$1"; }
# newsindex exits with 1 when some articles were rejected (for example empty ones): not a failure here.
index_ok() { "$@" || [ $? -eq 1 ]; }
rel() { local p="$1"; printf '%s' "${p#"$ROOT"/}"; }

# ---------------------------------------------------------------------------------------------
step build "build the engine and the benchmark programs"
cd "$ROOT"
if [ "${BENCH_SKIP_BUILD:-0}" = 1 ]; then
  log "BENCH_SKIP_BUILD=1: using the programs in build/ as they are"
else
  run scripts/setup.sh
fi
BIN="$ROOT/build/bin"
for b in newsindex newssearch newseval; do
  [ -x "$BIN/$b" ] || { log "build/bin/$b was not built"; false; }
done
BENCH_PROGRAMS=(stock-xapian-index stock-xapian-search query-latency analysis-speed)
for b in "${BENCH_PROGRAMS[@]}"; do [ -x "$BIN/$b" ] || { log "build/bin/$b was not built"; false; }; done
# Run copies, so that a rebuild of build/ during the run cannot mix two versions in one report.
mkdir -p "$WORK/bin"
for b in newsindex newssearch newseval newsweb; do
  if [ -x "$BIN/$b" ]; then cp "$BIN/$b" "$WORK/bin/"; fi
done
for b in "${BENCH_PROGRAMS[@]}"; do cp "$BIN/$b" "$WORK/bin/"; done
BIN="$WORK/bin"

NEED_PACKAGES=()
[ -x /usr/bin/time ] || NEED_PACKAGES+=(time)
if wants growth; then command -v gnuplot > /dev/null || NEED_PACKAGES+=(gnuplot-nox); fi
if wants server && [ -x "$BIN/newsweb" ]; then command -v wrk > /dev/null || NEED_PACKAGES+=(wrk); fi
command -v curl > /dev/null || NEED_PACKAGES+=(curl)
if [ ${#NEED_PACKAGES[@]} -gt 0 ]; then
  if [ -x scripts/install-packages.sh ]; then run scripts/install-packages.sh "${NEED_PACKAGES[@]}"
  else
    as_root=(); [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    run "${as_root[@]}" apt-get update -qq
    run env DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${NEED_PACKAGES[@]}"
  fi
fi

meta date "$(date -u '+%Y-%m-%d %H:%M UTC')"
meta commit "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
meta mode "$([ $QUICK = 1 ] && echo quick || echo full)"
meta nproc "$(nproc)"
meta memory "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
meta cpu "$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
meta load_start "$(cut -d' ' -f1-3 /proc/loadavg)"
meta xapian "$(pkg-config --modversion xapian-core)"
meta k "$K"
meta seed "$SEED"
meta niceness "$(nice)"
env_vars="$(env | grep -E '^NEWS_' | grep -v '^NEWS_CORPUS=' | tr '\n' ' ' || true)"
meta engine_env "${env_vars:-none}"

# The languages of the known-item set and the ad-hoc collections.
KI="$CORPUS/relevance/known-item-dev" ADHOC="$CORPUS/relevance/adhoc-dev"
KI_LANGS=()
for f in "$KI"/topics.*.tsv; do l="${f##*/topics.}"; KI_LANGS+=("${l%.tsv}"); done
ADHOC_COLLECTIONS=(cran cacm cisi med)
KI_TOPICS_PER_LANG=$([ $QUICK = 1 ] && echo 30 || echo 0)  # 0 = all

# ---------------------------------------------------------------------------------------------
if wants segmentation; then
  step segmentation "Chinese word segmentation (newsindex --words) against SIGHAN 2005 PKU and MSR gold"
  log "\$ benchmarks/segmentation_score.py --markdown --newsindex build/bin/newsindex $CORPUS/segmentation"
  python3 "$ROOT/benchmarks/segmentation_score.py" --markdown --keep "$WORK/segmentation" \
    --newsindex "$BIN/newsindex" "$CORPUS/segmentation" > "$FRAG/segmentation.md" 2>> "$LOG"
  cat "$FRAG/segmentation.md" >> "$LOG"
fi

# ---------------------------------------------------------------------------------------------
if wants analysis; then
  step analysis "analyzer throughput per language group"
  if [ $QUICK = 1 ]; then amb=0.5 asec=0.2; else amb=4 asec=1; fi
  log "\$ analysis-speed --max-mb $amb --min-seconds $asec $CORPUS/dev/*.jsonl"
  "$BIN/analysis-speed" --max-mb "$amb" --min-seconds "$asec" --tsv "$WORK/analysis.tsv" "$CORPUS"/dev/*.jsonl \
    > "$FRAG/analysis.md" 2>> "$LOG"
  cat "$FRAG/analysis.md" >> "$LOG"
  while IFS=$'\t' read -r group mb seconds mbps tps; do
    record analysis "$group" mb_per_s "$mbps"
  done < "$WORK/analysis.tsv"
fi

# ---------------------------------------------------------------------------------------------
# Relevance: shared inputs (topic subsets, per-language qrels, per-collection documents).
KI_DOCS=""
prepare_relevance() {
  [ -n "$KI_DOCS" ] && return 0
  mkdir -p "$WORK/rel"
  local lang f
  for lang in "${KI_LANGS[@]}"; do
    f="$WORK/rel/ki-topics.$lang.tsv"
    if [ "$KI_TOPICS_PER_LANG" -gt 0 ]; then head -n "$KI_TOPICS_PER_LANG" "$KI/topics.$lang.tsv" > "$f"
    else cp "$KI/topics.$lang.tsv" "$f"; fi
    awk 'NR == FNR { split($0, a, "\t"); q[a[1]]; next } ($1 in q)' "$f" "$KI/qrels.txt" > "$WORK/rel/ki-qrels.$lang.txt"
    [ -s "$WORK/rel/ki-qrels.$lang.txt" ] || { log "no qrels for the topics of $lang"; false; }
  done
  cat "$WORK"/rel/ki-qrels.*.txt > "$WORK/rel/ki-qrels.all.txt"
  KI_DOCS="$KI/docs.jsonl"
  if [ $QUICK = 1 ]; then
    # Quick: the judged documents of the topic subset plus every fifth other document.
    KI_DOCS="$WORK/rel/ki-docs.jsonl"
    log "quick: known-item documents = the judged ones + every fifth other one"
    python3 - "$KI/docs.jsonl" "$WORK/rel/ki-qrels.all.txt" "$KI_DOCS" <<'EOF'
import json, sys
src, qrels, out = sys.argv[1:4]
judged = {line.split()[2] for line in open(qrels, encoding="utf-8") if line.strip()}
with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
    for n, line in enumerate(f):
        if n % 5 == 0 or json.loads(line)["id"] in judged:
            o.write(line)
EOF
  fi
  log "split $(rel "$ADHOC")/docs.jsonl by collection (ids cran-, cacm-, cisi-, med-)"
  python3 - "$ADHOC/docs.jsonl" "$WORK/rel" "${ADHOC_COLLECTIONS[@]}" <<'EOF'
import json, sys
src, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
files = {n: open("%s/adhoc-docs.%s.jsonl" % (out, n), "w", encoding="utf-8") for n in names}
with open(src, encoding="utf-8") as f:
    for line in f:
        doc_id = json.loads(line)["id"]
        prefix = doc_id.split("-", 1)[0]
        if prefix in files:
            files[prefix].write(line)
for n, f in files.items():
    if f.tell() == 0:
        sys.exit("no documents with ids %s-... in %s" % (n, src))
    f.close()
EOF
}

# evaluate SET SUBSET SYSTEM QRELS RUN: scores RUN and records the measures.
MEASURES=(mrr_10 ndcg_cut_10 map P_10 recall_100 num_q)
evaluate() {
  local set="$1" subset="$2" system="$3" qrels="$4" runfile="$5" m args=()
  for m in "${MEASURES[@]}"; do args+=(-m "$m"); done
  "$BIN/newseval" "${args[@]}" "$qrels" "$runfile" > "$runfile.eval" 2>> "$LOG"
  while IFS=$'\t' read -r measure qid v; do
    [ "$qid" = all ] && record rel "$set" "$subset" "$system" "$measure" "$v"
  done < "$runfile.eval"
}

# relevance_run SYSTEM INDEX SEARCH [adhoc-only]: both relevance sets (or only adhoc-dev) through one
# system; `INDEX DB DOCS.jsonl` and `SEARCH DB TOPICS.tsv RUN` are its commands (functions below).
relevance_run() {
  local system="$1" index="$2" search="$3" adhoc_only="${4:-}" d="$WORK/rel/$1" lang c
  mkdir -p "$d"
  if [ -z "$adhoc_only" ]; then
    log "known-item-dev, $system: index $(rel "$KI_DOCS") and search"
    "$index" "$d/ki-db" "$KI_DOCS"
    for lang in "${KI_LANGS[@]}"; do
      "$search" "$d/ki-db" "$WORK/rel/ki-topics.$lang.tsv" "$d/ki.$lang.run"
      evaluate known-item "$lang" "$system" "$WORK/rel/ki-qrels.$lang.txt" "$d/ki.$lang.run"
    done
    cat "$d"/ki.*.run > "$d/ki-all.run"
    evaluate known-item all "$system" "$WORK/rel/ki-qrels.all.txt" "$d/ki-all.run"
    rm -rf "$d/ki-db"
  fi
  for c in "${ADHOC_COLLECTIONS[@]}"; do
    log "adhoc-dev $c, $system: index and search"
    "$index" "$d/$c-db" "$WORK/rel/adhoc-docs.$c.jsonl"
    "$search" "$d/$c-db" "$ADHOC/topics.$c.tsv" "$d/$c.run"
    evaluate adhoc "$c" "$system" "$ADHOC/qrels.$c.txt" "$d/$c.run"
    rm -rf "$d/$c-db"
  done
}

# Our engine, under the environment in ENGINE_ENV (a configuration's VAR=VALUE words).
ENGINE_ENV=()
index_ours() { run index_ok env ${ENGINE_ENV[@]+"${ENGINE_ENV[@]}"} "$BIN/newsindex" --quiet --db "$1" "$2"; }
search_ours() {
  run env ${ENGINE_ENV[@]+"${ENGINE_ENV[@]}"} "$BIN/newssearch" --db "$1" --topics "$2" --run-id "$RUN_ID" --k "$K" --output "$3"
}
relevance_ours() {
  ENGINE_ENV=() RUN_ID="$1"
  [ -n "${2:-}" ] && read -r -a ENGINE_ENV <<< "${2//,/ }"
  [ -n "${2:-}" ] && log "$1: the engine with $2"
  relevance_run "$1" index_ours search_ours
}

# Stock Xapian with the options in STOCK_OPTS: variant plain, cjk (FLAG_CJK_NGRAM) or stem
# (English stemming; ad hoc only).
STOCK_OPTS=()
index_stock() { run "$BIN/stock-xapian-index" --quiet ${STOCK_OPTS[@]+"${STOCK_OPTS[@]}"} --db "$1" "$2"; }
search_stock() {
  run "$BIN/stock-xapian-search" ${STOCK_OPTS[@]+"${STOCK_OPTS[@]}"} --db "$1" --topics "$2" --run-id "$RUN_ID" --k "$K" --output "$3"
}
relevance_stock() {
  local variant="$1" system="stock-$1"
  STOCK_OPTS=()
  [ "$variant" = cjk ] && STOCK_OPTS=(--cjk-ngram)
  [ "$variant" = stem ] && STOCK_OPTS=(--stem english)
  [ "$variant" = plain ] && system=stock
  RUN_ID="$system"
  relevance_run "$system" index_stock search_stock $([ "$variant" = stem ] && echo adhoc-only)
}

if wants relevance; then
  step relevance "known-item-dev (MRR@10 per language) and adhoc-dev (nDCG@10 per collection), ours vs stock Xapian"
  prepare_relevance
  relevance_ours ours
  relevance_stock plain
  relevance_stock cjk
  relevance_stock stem
fi

if wants configs && [ ${#CONFIG_NAMES[@]} -gt 0 ]; then
  step configs "named configurations: ${CONFIG_NAMES[*]}"
  prepare_relevance
  if ! wants relevance; then relevance_ours ours; fi  # the default column
  for i in "${!CONFIG_NAMES[@]}"; do
    meta "config.${CONFIG_NAMES[$i]}" "${CONFIG_ENVS[$i]}"
    relevance_ours "cfg-${CONFIG_NAMES[$i]}" "${CONFIG_ENVS[$i]}"
  done
fi

# ---------------------------------------------------------------------------------------------
# The benchmark corpus: the dev collections concatenated and shuffled with a fixed seed (quick:
# its first 10%). Growth subsets are its first N% lines.
prepare_corpus() {
  [ -f "$WORK/corpus.jsonl" ] && return 0
  log "shuffle $(rel "$CORPUS")/dev/*.jsonl (seed $SEED)$([ $QUICK = 1 ] && echo ', keep the first 10%')"
  python3 - "$SEED" "$QUICK" "$WORK/corpus.jsonl" "$CORPUS"/dev/*.jsonl <<'EOF'
import random, sys
seed, quick, out, inputs = int(sys.argv[1]), sys.argv[2] == "1", sys.argv[3], sys.argv[4:]
lines = []
for path in inputs:
    with open(path, "rb") as f:
        lines.extend(l if l.endswith(b"\n") else l + b"\n" for l in f if l.strip())
random.Random(seed).shuffle(lines)
if quick:
    lines = lines[: len(lines) // 10]
with open(out, "wb") as f:
    f.writelines(lines)
EOF
  CORPUS_ARTICLES=$(wc -l < "$WORK/corpus.jsonl")
  CORPUS_BYTES=$(stat -c %s "$WORK/corpus.jsonl")
}

# index_record NAME DB TIMEFILE: records the time, memory and size of an indexing run.
index_record() {
  local name="$1" db="$2" t="$3" articles="${4:-$CORPUS_ARTICLES}" bytes="${5:-$CORPUS_BYTES}"
  record index "$name" articles "$articles"
  record index "$name" bytes "$bytes"
  record index "$name" seconds "$(value "$t" wall)"
  record index "$name" cpu_seconds "$(awk -F'\t' '$1 == "user" || $1 == "sys" { s += $2 } END { print s }' "$t")"
  record index "$name" rss_kb "$(value "$t" rss_kb)"
  record index "$name" db_bytes "$(du -sb "$db" | cut -f1)"
  local table
  for table in postlist position termlist docdata; do  # summed over shards
    record index "$name" "table_$table" "$(find "$db" -name "$table.glass" -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')"
  done
}

if wants indexing || wants latency || wants server || wants growth; then
  step indexing "indexing speed: newsindex vs stock-xapian-index on the dev corpus"
  prepare_corpus
  meta corpus_articles "$CORPUS_ARTICLES"
  meta corpus_bytes "$CORPUS_BYTES"
  IDX="$WORK/idx"
  mkdir -p "$IDX"
  timed_index "$IDX/ours.time" "$BIN/newsindex" --quiet --db "$IDX/ours" "$WORK/corpus.jsonl"
  index_record ours "$IDX/ours" "$IDX/ours.time"
  timed "$IDX/stock.time" "$BIN/stock-xapian-index" --quiet --db "$IDX/stock" "$WORK/corpus.jsonl"
  index_record stock "$IDX/stock" "$IDX/stock.time"
  timed_index "$IDX/rerun.time" "$BIN/newsindex" --quiet --db "$IDX/ours" "$WORK/corpus.jsonl"
  index_record ours-rerun "$IDX/ours" "$IDX/rerun.time"
  newsindex_help="$("$BIN/newsindex" --help 2>&1 || true)"
  if [[ "$newsindex_help" == *--shards* ]]; then
    timed_index "$IDX/shards2.time" "$BIN/newsindex" --quiet --shards 2 --db "$IDX/ours-shards2" "$WORK/corpus.jsonl"
    index_record ours-shards2 "$IDX/ours-shards2" "$IDX/shards2.time"
  else
    log "newsindex has no --shards option: sharded indexing skipped"
  fi
fi

# ---------------------------------------------------------------------------------------------
# A query set across languages: known-item headlines, up to 100 per language (quick: 25), fixed seed.
make_queries() {
  [ -f "$OUTDIR/queries.tsv" ] && return 0
  log "sample queries.tsv from $(rel "$KI")/topics.<lang>.tsv (seed $SEED)"
  python3 - "$SEED" "$([ $QUICK = 1 ] && echo 25 || echo 100)" "$OUTDIR/queries.tsv" "$KI" "${KI_LANGS[@]}" <<'EOF'
import random, sys
seed, per_lang, out, folder, langs = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:]
rng, rows = random.Random(seed), []
for lang in langs:
    with open("%s/topics.%s.tsv" % (folder, lang), encoding="utf-8") as f:
        topics = [l.rstrip("\r\n") for l in f if "\t" in l]
    rows += rng.sample(topics, min(per_lang, len(topics)))
rng.shuffle(rows)
if per_lang >= 100 and len(rows) < 1000:
    sys.exit("only %d queries" % len(rows))
with open(out, "w", encoding="utf-8") as f:
    f.write("".join(r + "\n" for r in rows))
EOF
}

# latency_record NAME TSV: records a query-latency --tsv file.
latency_record() {
  while IFS=$'\t' read -r engine measure v; do record latency "$1" "$engine.$measure" "$v"; done < "$2"
}

if wants latency; then
  step latency "in-process query latency over $(basename "$OUTDIR")/queries.tsv: ours vs stock Xapian"
  make_queries
  # latency_variant NAME QUERY-LATENCY-OPTIONS...: one pass over the query set.
  latency_variant() {
    local name="$1"; shift
    log "\$ query-latency $* --queries queries.tsv"
    "$BIN/query-latency" "$@" --queries "$OUTDIR/queries.tsv" --tsv "$WORK/lat-$name.tsv" \
      > "$FRAG/latency-$name.md" 2>> "$LOG"
    cat "$FRAG/latency-$name.md" >> "$LOG"
    latency_record "$name" "$WORK/lat-$name.tsv"
  }
  latency_variant full --db "$IDX/ours" --stock-db "$IDX/stock"
  latency_variant nofacets --db "$IDX/ours" --no-facets
  latency_variant nosnippets --db "$IDX/ours" --no-snippets
  latency_variant core --db "$IDX/ours" --no-snippets --no-facets
  if [ -d "$IDX/ours-shards2" ]; then latency_variant shards2 --db "$IDX/ours-shards2"; fi
fi

# ---------------------------------------------------------------------------------------------
if wants server; then
  step server "HTTP load on newsweb /api/search with wrk"
  if [ ! -x "$BIN/newsweb" ]; then
    log "build/bin/newsweb does not exist: server load skipped"
    record server none skipped 1
  else
    make_queries
    # load_server MODE NEWSWEB-OPTIONS...: one server, wrk at 1, 4 and 16 connections.
    load_server() {
      local mode="$1"; shift
      local port base first_query probe duration c threads rss
      port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
      log "\$ newsweb --db $IDX/ours --host 127.0.0.1 --port $port --no-access-log $*"
      "$BIN/newsweb" --db "$IDX/ours" --host 127.0.0.1 --port "$port" --no-access-log "$@" >> "$LOG" 2>&1 &
      SERVER_PID=$!
      base="http://127.0.0.1:$port"
      for _ in $(seq 1 150); do
        kill -0 "$SERVER_PID" 2>/dev/null || { log "newsweb exited before it served requests"; false; }
        curl -fs -o /dev/null "$base/healthz" && break
        sleep 0.2
      done
      first_query="$(head -n 1 "$OUTDIR/queries.tsv" | cut -f2)"
      probe="$base/api/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$first_query")"
      curl -fsS "$probe" > "$WORK/probe.json" 2>> "$LOG" || { log "newsweb does not answer $probe"; false; }
      log "probe: GET /api/search?q=$first_query -> $(head -c 160 "$WORK/probe.json")"
      duration=$([ $QUICK = 1 ] && echo 3s || echo 10s)
      for c in 1 4 16; do
        threads=$((c < 2 ? c : 2))
        log "\$ wrk -t$threads -c$c -d$duration --latency -s benchmarks/wrk_search.lua http://127.0.0.1:$port"
        BENCH_QUERIES="$OUTDIR/queries.tsv" wrk -t"$threads" -c"$c" -d"$duration" --timeout 10s --latency \
          -s "$ROOT/benchmarks/wrk_search.lua" "http://127.0.0.1:$port" > "$WORK/wrk-$mode-$c.txt" 2>> "$LOG"
        cat "$WORK/wrk-$mode-$c.txt" >> "$LOG"
        grep -qP '^requests_per_s\t' "$WORK/wrk-$mode-$c.txt" || { log "wrk printed no summary"; false; }
        while IFS=$'\t' read -r k v; do
          case "$k" in requests|seconds|requests_per_s|latency_p50_ms|latency_p99_ms|latency_max_ms|errors_status|errors_socket)
            record server "$mode-c$c" "$k" "$v" ;; esac
        done < "$WORK/wrk-$mode-$c.txt"
      done
      rss=$(awk '/VmHWM/ { print $2 }' "/proc/$SERVER_PID/status")
      record server "$mode" rss_kb "$rss"
      stop_server
    }
    load_server cached
    load_server uncached --cache-entries 0
  fi
fi

# ---------------------------------------------------------------------------------------------
if wants growth; then
  step growth "indexing time and query p99 at 10%, 25%, 50%, 100% of the benchmark corpus"
  make_queries
  G="$WORK/growth"
  mkdir -p "$G"
  for pct in 10 25 50 100; do
    if [ "$pct" = 100 ]; then
      ours_db="$IDX/ours" stock_db="$IDX/stock" n="$CORPUS_ARTICLES"
      cp "$IDX/ours.time" "$G/ours-100.time"
      cp "$IDX/stock.time" "$G/stock-100.time"
    else
      n=$((CORPUS_ARTICLES * pct / 100))
      head -n "$n" "$WORK/corpus.jsonl" > "$G/p$pct.jsonl"
      ours_db="$G/ours-$pct" stock_db="$G/stock-$pct"
      timed_index "$G/ours-$pct.time" "$BIN/newsindex" --quiet --db "$ours_db" "$G/p$pct.jsonl"
      timed "$G/stock-$pct.time" "$BIN/stock-xapian-index" --quiet --db "$stock_db" "$G/p$pct.jsonl"
    fi
    log "\$ query-latency --db ours-$pct --stock-db stock-$pct --queries queries.tsv"
    "$BIN/query-latency" --db "$ours_db" --stock-db "$stock_db" --queries "$OUTDIR/queries.tsv" \
      --tsv "$G/lat-$pct.tsv" >> "$LOG" 2>&1
    record growth "$pct" articles "$n"
    record growth "$pct" ours_seconds "$(value "$G/ours-$pct.time" wall)"
    record growth "$pct" stock_seconds "$(value "$G/stock-$pct.time" wall)"
    record growth "$pct" ours_db_bytes "$(du -sb "$ours_db" | cut -f1)"
    record growth "$pct" stock_db_bytes "$(du -sb "$stock_db" | cut -f1)"
    while IFS=$'\t' read -r engine measure v; do
      case "$measure" in total_p99|match_p99|total_p50) record growth "$pct" "${engine}_$measure" "$v" ;; esac
    done < "$G/lat-$pct.tsv"
    if [ "$pct" != 100 ]; then rm -rf "$ours_db" "$stock_db" "$G/p$pct.jsonl"; fi
  done
  awk -F'\t' '$1 == "growth" { v[$2, $3] = $4; p[$2] } END {
      print "# pct articles ours_s stock_s ours_total_p99 ours_match_p99 stock_total_p99"
      n = split("10 25 50 100", order, " ")
      for (i = 1; i <= n; i++) { k = order[i]; if (k in p)
        print k, v[k, "articles"], v[k, "ours_seconds"], v[k, "stock_seconds"], v[k, "ours_total_p99"], v[k, "ours_match_p99"], v[k, "stock_total_p99"] }
    }' "$RESULTS" > "$OUTDIR/growth.dat"
  if gnuplot -e 'set terminal pngcairo' 2>/dev/null; then term='pngcairo size 800,500' ext=png
  else term='svg size 800,500' ext=svg; fi
  log "\$ gnuplot -> growth-indexing.$ext, growth-latency.$ext"
  gnuplot >> "$LOG" 2>&1 <<EOF
set terminal $term
set datafile commentschars "#"
set key left top
set grid
set xlabel "articles"
set output "$OUTDIR/growth-indexing.$ext"
set title "Indexing time vs corpus size"
set ylabel "seconds (wall)"
plot "$OUTDIR/growth.dat" using 2:3 with linespoints title "newsindex", \
     "$OUTDIR/growth.dat" using 2:4 with linespoints title "stock Xapian"
set output "$OUTDIR/growth-latency.$ext"
set title "Query latency p99 vs corpus size ($(wc -l < "$OUTDIR/queries.tsv") queries, top 10)"
set ylabel "milliseconds"
plot "$OUTDIR/growth.dat" using 2:5 with linespoints title "ours, total (with snippets)", \
     "$OUTDIR/growth.dat" using 2:6 with linespoints title "ours, match", \
     "$OUTDIR/growth.dat" using 2:7 with linespoints title "stock Xapian, match + fetch"
EOF
  meta plot_ext "$ext"
fi

# ---------------------------------------------------------------------------------------------
step report "write report.md"
meta load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
meta total_seconds $((SECONDS - START_SECONDS))
run python3 "$ROOT/benchmarks/make_report.py" "$OUTDIR"
if [ "${BENCH_KEEP_WORK:-0}" != 1 ]; then rm -rf "$WORK"; fi
log "done in $((SECONDS - START_SECONDS)) s"
echo "Report: $OUTDIR/report.md"
exit 0
}
