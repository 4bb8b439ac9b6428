#!/usr/bin/env bash
# The import benchmark: generates a deterministic OpenAlex-shaped corpus (six languages, ~2% duplicates), then times,
# in one run on this machine:
#   baseline   `silkroad import --dry-run`: read, parse, tag languages, compute keys; store nothing
#   sqlite     the full import into a fresh SQLite store
#   reimport   the same file again into that store (every record unchanged)
#   postgres   the full import into a fresh database on a throwaway local PostgreSQL cluster
# and prints wall time, records/s and peak RSS (GNU time) for each. Figures go to docs/benchmarks.md by hand.
# Usage: bash scripts/benchmark-import.sh [RECORDS] [--no-postgres]     (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-1000000}
with_postgres=1; [ "${2:-}" = "--no-postgres" ] && with_postgres=0

log() { printf '== %s\n' "$*" >&2; }

work=artifacts/benchmark-import
mkdir -p "$work"
log "building the CLI (Release)"
dotnet publish src/SilkRoad.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null
cli=("$work/cli/silkroad")

corpus="$work/openalex-$records.jsonl.gz"
if [ ! -f "$corpus" ]; then
  log "generating $records records"
  "${cli[@]}" generate --records "$records" --seed 42 --out "$corpus"
fi

measure() { # name, command...
  local name=$1; shift
  local start end rss
  start=$(date +%s.%N)
  local status=0
  /usr/bin/time -f "%M" -o "$work/time.txt" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
  end=$(date +%s.%N)
  if [ "$status" -ne 0 ]; then
    echo "$name failed (exit $status):" >&2; tail -n 5 "$work/$name.err" >&2; exit 1
  fi
  rss=$(tail -n 1 "$work/time.txt")
  awk -v n="$name" -v s="$start" -v e="$end" -v r="$records" -v m="$rss" \
    'BEGIN { t = e - s; printf "%-10s %9.1f s %10.0f records/s %8.0f MB peak RSS\n", n, t, r / t, m / 1024 }'
  tail -n 1 "$work/$name.out" >&2
}

echo "records: $records ($(du -h "$corpus" | cut -f1) gzip), $(nproc) cores"
measure baseline "${cli[@]}" import --dry-run --data "$work/data-dry" "$corpus"
rm -rf "$work/data" "$work/data-dry"
measure sqlite "${cli[@]}" import --data "$work/data" "$corpus"
measure reimport "${cli[@]}" import --data "$work/data" "$corpus"
echo "sqlite store: $(du -sh "$work/data" | cut -f1)"

if [ "$with_postgres" = 1 ]; then
  . scripts/postgres.sh
  trap stop_postgres EXIT
  ensure_postgres_installed
  start_postgres
  export Storage__Provider=Postgres
  export Storage__ConnectionString="${SILKROAD_TEST_POSTGRES/Pooling=true/Database=postgres}"
  measure postgres "${cli[@]}" import --data "$work/data-pg" "$corpus"
fi
