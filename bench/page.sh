#!/usr/bin/env bash
# The workbench page's speed in Debian's Chromium: first map with an empty and with a warm browser
# cache, zoom-in and pan until the tiles are drawn, bytes transferred (bench/page/pagebench.mjs).
# Side by side: the portal serving the page itself (Tomcat, gzip, hashed assets cached a year) and
# nginx serving the same built files in front of the same portal (the static-file floor).
# Goal (issue 11): first map < 1.5 s on the sample city from a warm server.
#   bench/page.sh [--runs N]     ports from ONEMAP_BENCH_PORT (18580) up
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=8
[ "${1:-}" = "--runs" ] && runs=$2
port=${ONEMAP_BENCH_PORT:-18580}
nginx_port=$((port + 1))
out=bench/out/page
rm -rf "$out" && mkdir -p "$out"
scripts/install-deps.sh
command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
echo "building the portal..."
mvn -B -q -DskipTests -Dspotless.check.skip=true -pl map-portal -am package
(cd map-portal/src/main/frontend && npm ci --no-audit --no-fund --silent)
static=$root/map-portal/target/classes/static
ONEMAP_DATA_DIR="$out/portal" java -Xmx2g -jar map-portal/target/map-portal.jar --server.port="$port" \
  --logging.level.root=WARN > "$out/portal.log" 2>&1 &
portal=$!
cat > "$out/nginx.conf" <<CONF
worker_processes 2;
pid $root/$out/nginx.pid;
error_log $root/$out/nginx-error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $root/$out/nginx-body;
  proxy_temp_path $root/$out/nginx-proxy;
  gzip on; gzip_types text/css application/javascript text/javascript application/json;
  upstream portal { server 127.0.0.1:$port; keepalive 32; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $static;
    location /assets/ { expires max; add_header Cache-Control "public, immutable"; }
    location = / { add_header Cache-Control no-cache; try_files /index.html =404; }
    location ~ ^/(api|wmts|wms|tiles|ogcapi|wfs)(/|\$) {
      proxy_pass http://portal; proxy_http_version 1.1; proxy_set_header Connection "";
    }
  }
}
CONF
nginx -c "$root/$out/nginx.conf"
trap 'kill $portal 2>/dev/null; nginx -c "$root/$out/nginx.conf" -s stop 2>/dev/null || true' EXIT
echo "waiting for the portal (generates the sample city on first start)..."
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/api/health" 2>/dev/null | grep -q '"UP"' && break
  sleep 1
done
# A warm server: one pass over the page and its first tiles before measuring.
(cd map-portal/src/main/frontend && node "$root/bench/page/pagebench.mjs" "warm-up=http://127.0.0.1:$port/" --runs 2 >/dev/null)
(cd map-portal/src/main/frontend && node "$root/bench/page/pagebench.mjs" \
  "One Map (Tomcat)=http://127.0.0.1:$port/" "nginx static + portal=http://127.0.0.1:$nginx_port/" --runs "$runs")
