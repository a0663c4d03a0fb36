#!/usr/bin/env bash
# Benchmark of the tile service, side by side with its peers in one run, one table (not a timed
# test; bench/tiles/tilebench.py says what each row measures):
#   (a) cold PNG tiles/s, base map and a pipeline layer: ours vs MapServer 8 (WMS at the tile
#       extents, lighttpd FastCGI) vs MapProxy seeding the same tiles from that MapServer;
#   (b) warm cached tiles/s and p99 with wrk at 16 and 64 connections: ours vs nginx (static files);
#   (c) MVT tiles/s: ours on PostGIS and on H2GIS vs a bare ST_AsMVT query per tile (psql);
#   (d) seeding tiles/s, whole city, levels 12-18;   (e) edit (WFS-T) to fresh tile.
#
#   bench/tiles.sh            # large city (generated into PostGIS and H2GIS first: long)
#   bench/tiles.sh --quick    # small city, smaller blocks, levels 12-15 seeding: < 15 minutes
#   bench/tiles.sh --reuse    # keep PostGIS, both portals' data and the GeoPackage for the next --reuse
# Ports: PostGIS ONEMAP_BENCH_PG_PORT (55436); portals, MapServer and nginx from
# ONEMAP_BENCH_PORT (18480) up. ONEMAP_BENCH_PORTAL_OPTS adds JVM options to both portals;
# ONEMAP_BENCH_SKIP_BUILD=1 uses an already built map-portal/target/map-portal.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
size=large
quick=()
reuse=false
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=(--quick); size=small; shift ;;
    --size) size=$2; shift 2 ;;
    --reuse) reuse=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

scripts/install-deps.sh
peers=(lighttpd cgi-mapserver mapserver-bin mapproxy wrk)
missing=()
for p in "${peers[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

out="$root/bench/out/tiles-$size"
export ONEMAP_PG_PORT=${ONEMAP_BENCH_PG_PORT:-55436}
port=${ONEMAP_BENCH_PORT:-18480}
pg_portal_port=$port h2_portal_port=$((port + 1)) ms_port=$((port + 2)) nginx_port=$((port + 3))
pg="jdbc:postgresql://127.0.0.1:$ONEMAP_PG_PORT/gis"
admin_password=bench-admin-password
fresh=true
if $reuse && [ -f "$out/data-ready" ] && scripts/postgis.sh status >/dev/null 2>&1; then
  fresh=false
  echo "reusing the $size city in PostGIS, $out/portal-h2 and $out/city.gpkg"
  # Tile caches go: every run starts cold.
  rm -rf "$out/cache-pg" "$out/cache-h2" "$out"/mapproxy-* "$out/static" "$out"/*.log
else
  rm -rf "$out" && mkdir -p "$out"
fi
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -f "$out/lighttpd.pid" ]; then
    # lighttpd's FastCGI mapserv children outlive it unless ended with it.
    pkill -P "$(cat "$out/lighttpd.pid")" 2>/dev/null || true
    kill "$(cat "$out/lighttpd.pid")" 2>/dev/null || true
  fi
  $reuse || scripts/postgis.sh stop
}
trap cleanup EXIT INT TERM
$fresh && scripts/postgis.sh start

if [ -n "${ONEMAP_BENCH_SKIP_BUILD:-}" ] && [ -f map-portal/target/map-portal.jar ]; then
  echo "using the built map-portal/target/map-portal.jar"
else
  echo "building the portal..."
  # shellcheck disable=SC2086
  mvn -B -q ${ONEMAP_BENCH_MVN_ARGS:-} -DskipTests -Dspotless.check.skip=true -pl map-portal -am package
fi

# One portal per backend; each generates the city on its first start (health LOADING until done).
start_portal() { # name port profile-args...
  local name=$1 p=$2
  shift 2
  ONEMAP_SAMPLE_CITY=$size ONEMAP_DATA_DIR="$out/portal-$name" ONEMAP_INITIAL_ADMIN_PASSWORD=$admin_password \
    ONEMAP_TILES_CACHE_DIR="$out/cache-$name" \
    java -Xmx4g ${ONEMAP_BENCH_PORTAL_OPTS:-} -jar map-portal/target/map-portal.jar "$@" \
    --server.port="$p" --logging.level.root=WARN \
    > "$out/portal-$name.log" 2>&1 &
  pids+=($!)
  echo "waiting for the $name portal (generates the $size city on first start)..."
  for _ in $(seq 1 7200); do
    if curl -sf "http://127.0.0.1:$p/api/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "${pids[-1]}" 2>/dev/null || { tail -40 "$out/portal-$name.log"; exit 1; }
    sleep 1
  done
  echo "the $name portal did not come up" >&2; exit 1
}
ONEMAP_PG_URL="$pg" ONEMAP_PG_USER=postgres start_portal pg "$pg_portal_port" --spring.profiles.active=postgis
start_portal h2 "$h2_portal_port"
touch "$out/data-ready"

bench=(/usr/bin/python3 bench/tiles/tilebench.py --portal "http://127.0.0.1:$pg_portal_port"
  --admin "admin:$admin_password" --pg-port "$ONEMAP_PG_PORT" --out "$out")
echo "exporting the peer's GeoPackage and map..."
base_layers=$("${bench[@]}" --write-peer --mapserver-port "$ms_port" | tail -1)
sed -e "s|@DIR@|$out|g" -e "s|@PORT@|$ms_port|g" -e "s|@PROCS@|$(nproc)|g" bench/wms/lighttpd.conf.in > "$out/lighttpd.conf"
cp bench/wms/mapserver.conf "$out/mapserver.conf"
lighttpd -f "$out/lighttpd.conf"

"${bench[@]}" "${quick[@]}" --h2-portal "http://127.0.0.1:$h2_portal_port" \
  --mapserver "http://127.0.0.1:$ms_port/fcgi?MAP=$out/city.map&" --nginx-port "$nginx_port" \
  --base-layers "$base_layers" | tee "$out/table.txt"
