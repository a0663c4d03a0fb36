#!/usr/bin/env bash
# Benchmark: the feature store on H2GIS and PostGIS in one run on the same generated 1,000,000 point
# features: bulk-insert and edit-batch throughput (features/s), bbox query latency p50/p99.
# Starts its own throwaway PostGIS on port 55433 (so a running test cluster is untouched).
#
#   bench/store.sh                          # 1,000,000 features, 1,000 queries
#   bench/store.sh --features 200000 --queries 500
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/install-deps.sh
export ONEMAP_PG_PORT=55433
trap 'scripts/postgis.sh stop' EXIT INT TERM
scripts/postgis.sh start

mvn -B -q -DskipTests install -pl gis-core -am
mvn -B -q -f bench/pom.xml package dependency:build-classpath \
  -Dmdep.outputFile="$root/bench/target/classpath.txt" -Dmdep.includeScope=runtime
java -Xmx4g -Dorg.geotools.referencing.forceXY=true \
  -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" \
  cn.onemap.bench.StoreBench --dir "$root/bench/out" \
  --postgis "jdbc:postgresql://127.0.0.1:$ONEMAP_PG_PORT/gis" "$@"
