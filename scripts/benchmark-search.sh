#!/usr/bin/env bash
# The search benchmark (issue 3): on a deterministic OpenAlex-shaped corpus (six languages), measures in one run
#   import     `silkroad import`: parse, dedupe, store and index (the index follows the store while it imports)
#   reindex    `silkroad reindex`: the whole index again from the store, then compacted (after --bulk: the first)
#   search     1,000 generated queries in six languages in-process, one at a time (translated with the FreeDict and
#              CC-CEDICT dictionaries when the machine has them): a baseline without facets or
#              snippets, then with four facet counts and snippets, then with every facet and snippets as the API
#              asks (p50/p90/p99, peak working set)
#   http       the portal (Release) answering /api/search for 4 concurrent clients for 30 s (queries/s, latency),
#              then results pages (HTML) for one client for 30 s (p95), and the portal's peak RSS
# and prints the index size. Figures go to docs/benchmarks.md by hand.
# Usage: bash scripts/benchmark-search.sh [RECORDS] [--skip-import] [--bulk]     (default 1000000)
#   --skip-import  reuse the data folder of an earlier run (search and HTTP only)
#   --bulk         import into the store only (import --no-index), delete the corpus, then build the index with
#                  reindex: at 7,000,000 records the corpus (13.5 GB), the store (27 GB), the index (12 GB) and the
#                  compaction's new segments do not fit this machine's 50 GB of free disk together
set -euo pipefail
cd "$(dirname "$0")/.."
records=1000000; skip_import=0; bulk=0
for arg in "$@"; do
  case $arg in
    --skip-import) skip_import=1 ;;
    --bulk) bulk=1 ;;
    *) records=$arg ;;
  esac
done

log() { printf '== %s\n' "$*" >&2; }

work="$PWD/artifacts/benchmark-search"
mkdir -p "$work"
log "building the CLI and the portal (Release)"
dotnet publish src/SilkRoad.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null
dotnet publish src/SilkRoad.Web -c Release -o "$work/web" --nologo -v quiet >/dev/null
cli=("$work/cli/silkroad")
data="$work/data-$records"

corpus="artifacts/benchmark-import/openalex-$records.jsonl.gz"
mkdir -p "$(dirname "$corpus")"
if [ "$skip_import" = 0 ] && [ ! -f "$corpus" ]; then
  log "generating $records records"
  "${cli[@]}" generate --records "$records" --seed 42 --out "$corpus"
fi

timed() { # name, command...
  local name=$1; shift
  local start end status=0
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/time.txt" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
  end=$(date +%s.%N)
  if [ "$status" -ne 0 ]; then echo "$name failed (exit $status):" >&2; tail -n 5 "$work/$name.err" >&2; exit 1; fi
  awk -v n="$name" -v s="$start" -v e="$end" -v r="$records" -v m="$(tail -n 1 "$work/time.txt")" \
    'BEGIN { t = e - s; printf "%-8s %9.1f s %10.0f records/s %8.0f MB peak RSS\n", n, t, r / t, m / 1024 }'
}

# The portal translates queries with the dictionaries it has imported (issue 7): the benchmark imports the same ones
# when they are on the machine (scripts/test.sh installs them), so that its queries are translated as the portal's.
dictionaries=(/usr/share/dictd/freedict-*.index)
[ -f artifacts/cc-cedict/package/data/all.js ] && dictionaries+=(artifacts/cc-cedict/package/data/all.js)

echo "records: $records, $(nproc) cores"
if [ "$skip_import" = 0 ]; then
  rm -rf "$data"
  if [ -f "${dictionaries[0]}" ]; then
    "${cli[@]}" dictionaries import --data "$data" "${dictionaries[@]}" >/dev/null
    echo "dictionaries: ${#dictionaries[@]} imported (queries are translated)"
  else
    echo "dictionaries: none on this machine (queries are translated by the built-in vocabulary only)"
  fi
  if [ "$bulk" = 1 ]; then
    timed import "${cli[@]}" import --no-index --data "$data" "$corpus"
    rm -f "$corpus"
  else
    timed import "${cli[@]}" import --data "$data" "$corpus"
  fi
  tail -n 3 "$work/import.out" >&2
  timed reindex "${cli[@]}" reindex --data "$data"
  tail -n 2 "$work/reindex.out" >&2
fi
echo "index: $(du -sh "$data/index" | cut -f1); store: $(du -sh "$data/silkroad.db" | cut -f1)"

/usr/bin/time -f "%M" -o "$work/time.txt" "${cli[@]}" benchmark search --data "$data" | tee "$work/search.out"
echo "search process peak RSS: $(( $(tail -n 1 "$work/time.txt") / 1024 )) MB"

port=$((20000 + RANDOM % 20000))
log "starting the portal on port $port"
(cd "$work/web" && DataPath="$(cd - >/dev/null; realpath "$data")" DemoData__SeedWhenEmpty=false RateLimits__ApiPerMinute=100000000 \
  exec ./SilkRoad.Web --urls "http://127.0.0.1:$port" >"$work/web.log" 2>&1) &
web=$!
trap 'kill $web 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
"${cli[@]}" benchmark http --url "http://127.0.0.1:$port" --clients 4 --seconds 30 | tee "$work/http.out"
# The portal issue's goal: the server time of a results page, one reader at a time (p95).
"${cli[@]}" benchmark http --url "http://127.0.0.1:$port" --clients 1 --seconds 30 --pages | tee -a "$work/http.out"
pid=$(pgrep -f "SilkRoad.Web --urls http://127.0.0.1:$port" | head -n 1)
echo "portal peak RSS: $(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$pid/status") MB"
