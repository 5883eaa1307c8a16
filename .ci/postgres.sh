#!/usr/bin/env bash
# A throw-away PostgreSQL on loopback for the store's integration tests.
#   .ci/postgres.sh start   installs the Debian package if needed (root), starts a cluster and prints its JDBC URL
#   .ci/postgres.sh stop    stops it and removes its files
# The cluster lives in its own directory owned by the postgres user, on its own port (DOSSIER_PG_PORT, default
# 55432), with a known user and database (dossier/dossier, dossier_test); it never touches a system cluster.
set -euo pipefail
port=${DOSSIER_PG_PORT:-55432}
dir=${DOSSIER_PG_DIR:-/tmp/dossier-ci-postgres}
run_pg() { (cd / && runuser -u postgres -- "$@"); }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
case "${1:-start}" in
  start)
    if [ -z "$(pg_bin)" ]; then
      echo "Installing PostgreSQL (Debian package postgresql)..." >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2
      apt-get install -y -qq postgresql >&2
    fi
    bin=$(pg_bin)
    if [ -f "$dir/data/postmaster.pid" ]; then
      run_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    chown postgres:postgres "$dir"
    run_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    run_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
    run_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE USER dossier PASSWORD 'dossier'" -c "CREATE DATABASE dossier_test OWNER dossier" >/dev/null
    echo "jdbc:postgresql://127.0.0.1:$port/dossier_test?user=dossier&password=dossier"
    ;;
  stop)
    bin=$(pg_bin)
    if [ -n "$bin" ] && [ -d "$dir/data" ]; then
      run_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
