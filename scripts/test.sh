#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (Debian's PostgreSQL; Chromium and the Noto fonts
# for the browser tests), starts a throwaway PostgreSQL cluster on loopback, checks formatting, runs `dotnet test`,
# stops the cluster, and prints "N passed, N failed" from the test results.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '== %s\n' "$*" >&2; }

. scripts/postgres.sh

# The browser tests drive Debian's Chromium (never a browser Playwright downloads) and need CJK and Arabic fonts to
# render Chinese and Arabic pages.
ensure_browser_installed() {
  if [ ! -x /usr/bin/chromium ]; then
    log "installing chromium fonts-noto-cjk fonts-noto-core"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      chromium fonts-noto-cjk fonts-noto-core >/dev/null
  fi
}

trap stop_postgres EXIT
ensure_postgres_installed
ensure_browser_installed
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
