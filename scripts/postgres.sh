# Shared by scripts/test.sh and the benchmarks: install Debian's PostgreSQL if missing, start a throwaway cluster on
# a free loopback port (SILKROAD_PG_URL / SILKROAD_TEST_POSTGRES point at it), stop and delete it on exit.
# Source it; call ensure_postgres_installed, then start_postgres, with `trap stop_postgres EXIT`.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_postgres_installed() {
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

