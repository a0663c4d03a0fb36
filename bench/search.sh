#!/usr/bin/env bash
# Benchmark: the feature search. Our GET /api/search (search index) vs the same search as one
# ILIKE '%q%' statement on PostGIS, without an index and with pg_trgm GIN indexes; median and p90
# latencies side by side, on the sample city the portal generates into its own PostGIS.
#
#   bench/search.sh                      # small city, 60 queries x 5 rounds
#   bench/search.sh --size large         # the large city (generation takes long)
#   bench/search.sh --queries 90 --rounds 10
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
size=small
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done

export ONEMAP_PG_PORT=${ONEMAP_BENCH_PG_PORT:-55437}
port=${ONEMAP_BENCH_PORT:-18490}
pg="jdbc:postgresql://127.0.0.1:$ONEMAP_PG_PORT/gis"
out="$root/bench/out/search"
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

echo "starting the portal on PostGIS (it generates the $size city on its first start)..."
rm -rf "$out/portal"
ONEMAP_PG_URL="$pg" ONEMAP_PG_USER=postgres ONEMAP_SAMPLE_CITY=$size ONEMAP_DATA_DIR="$out/portal" \
  ONEMAP_INITIAL_ADMIN_PASSWORD=bench-admin-password \
  java -Xmx4g -Dorg.geotools.referencing.forceXY=true -jar map-portal/target/map-portal.jar \
  --spring.profiles.active=postgis --server.port=$port --logging.level.root=WARN > "$out/portal.log" 2>&1 &
portal_pid=$!
# Health says LOADING while the city is generated; wait for UP.
for _ in $(seq 1 3600); do
  curl -s "http://127.0.0.1:$port/api/health" 2>/dev/null | grep -q '"UP"' && break
  sleep 1
done

java -cp "$cp_bench" cn.onemap.bench.SearchBench --portal "http://127.0.0.1:$port" \
  --auth admin:bench-admin-password --postgis "$pg" "${args[@]}"
