#!/usr/bin/env bash
# Benchmark: WMS GetMap 768x768 PNG of the dense `large` city-parts layer and of the pipelines, at
# concurrency 1, 2 and 8: One Map's WMS (portal on PostGIS) vs MapServer 8 under lighttpd FastCGI
# reading the same features exported to GeoPackage. Same random bboxes (fixed seed) for both.
# Prints one table: layer | concurrency | server | requests/s | p95 ms | ratio.
#
#   bench/wms.sh                         # large city (generates ~7.8M features first: minutes)
#   bench/wms.sh --size small --seconds 10
#   bench/wms.sh --reuse                 # keep PostGIS, the generated city and the GeoPackage between
#                                        # runs (generated on the first --reuse run), for iterating
# ONEMAP_BENCH_PORTAL_OPTS adds JVM options to the portal (e.g. -XX:StartFlightRecording=...).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
size=large
reuse=false
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --reuse) reuse=true; shift ;;
    *) args+=("$1"); shift ;;
  esac
done

scripts/install-deps.sh
command -v lighttpd >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends lighttpd cgi-mapserver mapserver-bin >/dev/null
out="$root/bench/out/wms"
export ONEMAP_PG_PORT=55435
pg="jdbc:postgresql://127.0.0.1:$ONEMAP_PG_PORT/gis"
ready="$out/data-ready-$size"
fresh=true
if $reuse && [ -f "$ready" ] && scripts/postgis.sh status >/dev/null 2>&1; then
  fresh=false
  echo "reusing the $size city in PostGIS and $out/city.gpkg"
  rm -rf "$out/portal" "$out"/*.png "$out"/*.log
else
  rm -rf "$out" && mkdir -p "$out"
fi
portal_pid=
cleanup() {
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null || true
  [ -f "$out/lighttpd.pid" ] && kill "$(cat "$out/lighttpd.pid")" 2>/dev/null || true
  $reuse || scripts/postgis.sh stop
}
trap cleanup EXIT INT TERM
$fresh && scripts/postgis.sh start

echo "building..."
mvn -B -q -DskipTests -Dspotless.check.skip=true install
mvn -B -q -f bench/pom.xml package dependency:build-classpath \
  -Dmdep.outputFile="$root/bench/target/classpath.txt" -Dmdep.includeScope=runtime
cp_bench="$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")"

if $fresh; then
echo "generating the $size city into PostGIS..."
java -Xmx14g -Dorg.geotools.referencing.forceXY=true -cp "$cp_bench" cn.onemap.sample.Main \
  "$size" "postgis:$pg" "$out/bureau" postgres ""

echo "exporting the peer's GeoPackage..."
gpkg="$out/city.gpkg"
PGCONN="PG:host=127.0.0.1 port=$ONEMAP_PG_PORT dbname=gis user=postgres"
ogr2ogr -f GPKG "$gpkg" "$PGCONN" -nln city_parts -a_srs EPSG:4490 \
  -sql "SELECT geom, \"obj_id\", \"minor_code\" FROM l_city_parts WHERE valid_to IS NULL AND op <> 'D'"
pipes=$(psql -At -h 127.0.0.1 -p "$ONEMAP_PG_PORT" -U postgres -d gis -c \
  "SELECT string_agg(format('SELECT geom, category FROM %I WHERE valid_to IS NULL AND op <> ''D''', 'l_' || id), ' UNION ALL ') FROM om_layer WHERE id LIKE 'pipe\_%\_segments'")
ogr2ogr -f GPKG -update "$gpkg" "$PGCONN" -nln pipelines -a_srs EPSG:4490 -sql "$pipes"
touch "$ready"
fi
gpkg="$out/city.gpkg"

ms_port=18081
sed -e "s|@GPKG@|$gpkg|g" -e "s|@PORT@|$ms_port|g" bench/wms/city.map.in > "$out/city.map"
cp bench/wms/mapserver.conf "$out/mapserver.conf"
sed -e "s|@DIR@|$out|g" -e "s|@PORT@|$ms_port|g" -e "s|@PROCS@|$(nproc)|g" bench/wms/lighttpd.conf.in > "$out/lighttpd.conf"
lighttpd -f "$out/lighttpd.conf"

portal_port=18080
ONEMAP_PG_URL="$pg" ONEMAP_PG_USER=postgres ONEMAP_SAMPLE_CITY=none ONEMAP_DATA_DIR="$out/portal" \
  ONEMAP_INITIAL_ADMIN_PASSWORD=bench-admin-password \
  java -Xmx4g ${ONEMAP_BENCH_PORTAL_OPTS:-} -jar map-portal/target/map-portal.jar --spring.profiles.active=postgis \
  --server.port=$portal_port --logging.level.root=WARN > "$out/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$portal_port/api/health" >/dev/null && break; sleep 1; done

java -Dorg.geotools.referencing.forceXY=true -cp "$cp_bench" cn.onemap.bench.WmsBench \
  --onemap "http://127.0.0.1:$portal_port/ows?" --onemap-auth admin:bench-admin-password \
  --mapserver "http://127.0.0.1:$ms_port/fcgi?MAP=$out/city.map&" --out "$out" "${args[@]}"
