#!/usr/bin/env bash
# Benchmark: the business-flow engine. 数字城管 cases reported and driven through all seven stages by
# concurrent REST clients (one signed-in session per role and client) on the portal with H2 (embedded)
# and with PostgreSQL, the inbox with many open cases, and Flowable's bare engine on the same shipped
# process in the same run (the ceiling).
#
#   bench/cases.sh                         # 10,000 cases, 16 clients, 10,000 open cases reported over
#                                          # REST for the REST inbox, 100,000 started on the engine for
#                                          # the in-process inbox query (InboxBench)
#   bench/cases.sh --quick                 # 1,000 cases, 1,000 and 10,000 open cases
#   bench/cases.sh --cases 2000 --open 100000
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cases=10000
open=10000
clients=16
inbox_open=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) cases=1000; open=1000; inbox_open=10000; shift ;;
    --inbox-open) inbox_open=$2; shift 2 ;;
    --cases) cases=$2; shift 2 ;;
    --open) open=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

export ONEMAP_PG_PORT=${ONEMAP_BENCH_PG_PORT:-55438}
port=${ONEMAP_BENCH_PORT:-18590}
pg="jdbc:postgresql://127.0.0.1:$ONEMAP_PG_PORT/gis"
out="$root/bench/out/cases"
mkdir -p "$out"
portal_pid=
cleanup() {
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null || true
  scripts/postgis.sh stop
}
trap cleanup EXIT INT TERM
scripts/postgis.sh start

if [ -z "${ONEMAP_BENCH_SKIP_BUILD:-}" ]; then
  echo "building..."
  mvn -B -q -DskipTests -Dspotless.check.skip=true install
fi
mvn -B -q -f bench/pom.xml package dependency:build-classpath \
  -Dmdep.outputFile="$root/bench/target/classpath.txt" -Dmdep.includeScope=runtime
cp_bench="$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")"

run_portal() { # $1 = h2|postgis
  rm -rf "$out/portal-$1"
  local extra=()
  if [ "$1" = postgis ]; then
    psql -h 127.0.0.1 -p "$ONEMAP_PG_PORT" -U postgres -d gis -qc \
      "DROP SCHEMA IF EXISTS bench_cases CASCADE; DROP SCHEMA IF EXISTS bench_cases_flowable CASCADE; CREATE SCHEMA bench_cases" >/dev/null
    extra=(--spring.profiles.active=postgis)
    export ONEMAP_PG_URL="$pg?currentSchema=bench_cases,public" ONEMAP_PG_USER=postgres
  else
    unset ONEMAP_PG_URL ONEMAP_PG_USER
  fi
  ONEMAP_SAMPLE_CITY=small ONEMAP_DATA_DIR="$out/portal-$1" ONEMAP_INITIAL_ADMIN_PASSWORD=bench-admin-password \
    java -Xmx3g -Dorg.geotools.referencing.forceXY=true -jar map-portal/target/map-portal.jar \
    "${extra[@]}" --server.port=$port --logging.level.root=WARN > "$out/portal-$1.log" 2>&1 &
  portal_pid=$!
  for _ in $(seq 1 900); do
    curl -s "http://127.0.0.1:$port/api/health" 2>/dev/null | grep -q '"UP"' && break
    sleep 1
  done
  java -cp "$cp_bench" cn.onemap.bench.CaseBench --portal "http://127.0.0.1:$port" \
    --auth admin:bench-admin-password --cases "$cases" --clients "$clients" --open "$open" --label "REST on $1"
  kill "$portal_pid"; wait "$portal_pid" 2>/dev/null || true; portal_pid=
}

run_portal h2
run_portal postgis
java -cp "$cp_bench" cn.onemap.bench.InboxBench --open "$inbox_open"
java -cp "$cp_bench" cn.onemap.bench.InboxBench --open "$inbox_open" --jdbc "$pg"
java -cp "$cp_bench" cn.onemap.bench.FlowableBench --cases "$cases" --clients "$clients"
java -cp "$cp_bench" cn.onemap.bench.FlowableBench --cases "$cases" --clients "$clients" --jdbc "$pg"
echo
echo "goals (issue 12): >= 300 transitions/s, p99 < 50 ms per call, inbox p99 < 100 ms with 100,000 open cases"
