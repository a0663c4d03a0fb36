#!/usr/bin/env bash
# Benchmark: address geocoding on the `large` city's bureau records (5 × 5,000), One Map vs the DBA
# baseline PostgreSQL pg_trgm, on the same PostGIS and the same records:
#   (a) our batch path (CsvGeocodeJob): rows/s and accuracy per corruption kind vs the answer files;
#   (b) single-query REST p50/p99 at 8 concurrent clients against the running portal;
#   (c) pg_trgm (GIN trigram index over the normalized full addresses, % + <->): rows/s, p50/p99,
#       accuracy per corruption kind.
# Prints one side-by-side table (also bench/out/geocode/geocode.md).
#
#   bench/geocode.sh                # generates the large city into PostGIS first (minutes)
#   bench/geocode.sh --keep         # leave PostGIS (port 55436) running with the city afterwards
#   bench/geocode.sh --reuse        # use the city a --keep run left (skips build and generation)
#   bench/geocode.sh --size small   # quick check of the harness
# Extra arguments go to cn.onemap.bench.GeocodeBench (--trgm-every N queries every N-th record only).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
size=large
keep=false
reuse=false
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --reuse) reuse=true; keep=true; shift ;;
    *) args+=("$1"); shift ;;
  esac
done

export ONEMAP_PG_PORT=${ONEMAP_PG_PORT:-55436}
pg="jdbc:postgresql://127.0.0.1:$ONEMAP_PG_PORT/gis"
out="$root/bench/out/geocode"
portal_pid=
cleanup() {
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null || true
  [ "$keep" = true ] || scripts/postgis.sh stop
}
trap cleanup EXIT INT TERM

if [ "$reuse" = false ]; then
  scripts/install-deps.sh
  rm -rf "$out" && mkdir -p "$out"
  scripts/postgis.sh start
  echo "building..."
  mvn -B -q -DskipTests -Dspotless.check.skip=true install
fi
mvn -B -q -f bench/pom.xml package dependency:build-classpath \
  -Dmdep.outputFile="$root/bench/target/classpath.txt" -Dmdep.includeScope=runtime
cp_bench="$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")"

if [ "$reuse" = false ]; then
  echo "generating the $size city into PostGIS..."
  java -Xmx10g -Dorg.geotools.referencing.forceXY=true -cp "$cp_bench" cn.onemap.sample.Main \
    "$size" "postgis:$pg" "$out/bureau" postgres "" > "$out/generate.log" 2>&1
fi

portal_port=18090
# Anonymous rate limit lifted: the benchmark measures geocoding, not the limiter.
ONEMAP_PG_URL="$pg" ONEMAP_PG_USER=postgres ONEMAP_SAMPLE_CITY=none ONEMAP_DATA_DIR="$out/portal" \
  ONEMAP_INITIAL_ADMIN_PASSWORD=bench-admin-password \
  ONEMAP_GEOCODE_ANONYMOUS_RATE=1000000 ONEMAP_GEOCODE_ANONYMOUS_BURST=1000000 \
  java -Xmx6g -jar map-portal/target/map-portal.jar --spring.profiles.active=postgis \
  --server.port=$portal_port --logging.level.root=WARN > "$out/portal.log" 2>&1 &
portal_pid=$!
echo "waiting for the portal to load its address engine..."
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$portal_port/api/health" >/dev/null && break
  kill -0 "$portal_pid" 2>/dev/null || { cat "$out/portal.log"; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$portal_port/api/geocode/engine"; echo

java -Xmx8g -Dorg.geotools.referencing.forceXY=true -cp "$cp_bench" cn.onemap.bench.GeocodeBench \
  --pg "$pg" --bureau "$out/bureau" --out "$out" --portal "http://127.0.0.1:$portal_port" \
  "${args[@]}"
