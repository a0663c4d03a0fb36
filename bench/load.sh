#!/usr/bin/env bash
# Benchmark: importing the SAME GeoPackage (1,000,000 points in EPSG:4548 with 4 attributes,
# generated from a fixed seed through ogr2ogr) into PostGIS with our loader vs GDAL's
# ogr2ogr -f PostgreSQL (PG_USE_COPY), both transforming to EPSG:4490; prints one table
# (tool | features | seconds | features/s | ratio). Starts its own throwaway PostGIS on port 55434.
#
#   bench/load.sh                        # 1,000,000 points
#   bench/load.sh --features 200000
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/install-deps.sh
export ONEMAP_PG_PORT=55434
trap 'scripts/postgis.sh stop' EXIT INT TERM
scripts/postgis.sh start

mvn -B -q -DskipTests -Dspotless.check.skip=true install -pl gis-core,data-loaders -am
mvn -B -q -f bench/pom.xml package dependency:build-classpath \
  -Dmdep.outputFile="$root/bench/target/classpath.txt" -Dmdep.includeScope=runtime
java -Xmx4g -Dorg.geotools.referencing.forceXY=true \
  -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" \
  cn.onemap.bench.LoadBench --dir "$root/bench/out" \
  --postgis "jdbc:postgresql://127.0.0.1:$ONEMAP_PG_PORT/gis" "$@"
