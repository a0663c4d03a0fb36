#!/usr/bin/env bash
# Throwaway PostGIS cluster for tests and benchmarks: `postgis.sh start|stop|status`.
# The cluster lives in a fixed directory per port so that a run killed half-way is cleaned up by the next one.
set -euo pipefail

PORT=${ONEMAP_PG_PORT:-55432}
DIR=${ONEMAP_PG_DIR:-/tmp/onemap-postgis-$PORT}
BIN=/usr/lib/postgresql/15/bin
DB=gis

as_postgres() { runuser -u postgres -- "$@"; }

stop() {
  if [ -f "$DIR/data/postmaster.pid" ]; then
    as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    # pg_ctl may fail if the data dir is half-initialised; kill the postmaster directly then.
    pid=$(head -1 "$DIR/data/postmaster.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  fi
  rm -rf "$DIR"
}

start() {
  stop
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "postgis.sh: port $PORT is taken by a process this script did not start; set ONEMAP_PG_PORT" >&2
    exit 1
  fi
  mkdir -p "$DIR"
  chown postgres "$DIR"
  as_postgres "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 -N >"$DIR/initdb.log"
  as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o \
    "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=512MB -c maintenance_work_mem=512MB" \
    start >/dev/null
  psql -q -h 127.0.0.1 -p "$PORT" -U postgres -c "CREATE DATABASE $DB"
  psql -q -h 127.0.0.1 -p "$PORT" -U postgres -d "$DB" -c 'CREATE EXTENSION postgis; CREATE EXTENSION pgrouting;'
  echo "PostGIS ready: jdbc:postgresql://127.0.0.1:$PORT/$DB (user postgres)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) as_postgres "$BIN/pg_ctl" -D "$DIR/data" status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
