#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (Debian's PostgreSQL), starts a throwaway
# PostgreSQL cluster on loopback, checks formatting, runs `dotnet test`, stops the cluster, and prints
# "N passed, N failed" from the test results.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '== %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_packages() {
  local missing=()
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port found" >&2; return 1
}

pg_bin=""
pg_data=""
pg_user=""
stop_postgres() {
  if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  fi
  [ -n "$pg_data" ] && rm -rf "$pg_data"
}
run_pg() { if [ -n "$pg_user" ]; then su "$pg_user" -s /bin/sh -c "$(printf '%q ' "$@")"; else "$@"; fi; }

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_data=$(mktemp -d "${TMPDIR:-/tmp}/silkroad-pg.XXXXXX")
  # initdb refuses to run as root: the cluster belongs to the postgres user Debian's package creates.
  if [ "$(id -u)" = 0 ]; then pg_user=postgres; chown "$pg_user" "$pg_data"; fi
  local port; port=$(free_port)
  run_pg "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  export SILKROAD_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Pooling=true"
  log "PostgreSQL on 127.0.0.1:$port"
}

trap stop_postgres EXIT
ensure_packages
start_postgres

log "dotnet format --verify-no-changes"
dotnet format SilkRoad.slnx --verify-no-changes --verbosity quiet

results="$root/artifacts/test-results"
rm -rf "$results"
log "dotnet test"
status=0
dotnet test SilkRoad.slnx --logger "trx" --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
exit "$status"
