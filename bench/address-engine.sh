#!/usr/bin/env bash
# Benchmark: the address engine (issue 5) on the large city in PostGIS: engine start-up, batch
# geocoding rows/s of the five bureaus' files (25,000 records), single-query latency p50/p99 in
# process. Starts its own throwaway PostGIS on port 55434 (ONEMAP_BENCH_PG_PORT overrides it), so a
# running test cluster is untouched.
#
#   bench/address-engine.sh                    # large city
#   bench/address-engine.sh --size small --threads 1
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/install-deps.sh
export ONEMAP_PG_PORT=${ONEMAP_BENCH_PG_PORT:-55434}
trap 'scripts/postgis.sh stop' EXIT INT TERM
scripts/postgis.sh start

mvn -B -q -DskipTests install -pl data-loaders,sample-data -am
mvn -B -q -f bench/pom.xml package dependency:build-classpath \
  -Dmdep.outputFile="$root/bench/target/classpath.txt" -Dmdep.includeScope=runtime
java -Xmx6g -Dorg.geotools.referencing.forceXY=true \
  -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" \
  cn.onemap.bench.AddressEngineBench --dir "$root/bench/out/address" \
  --postgis "jdbc:postgresql://127.0.0.1:$ONEMAP_PG_PORT/gis" "$@"
