#!/usr/bin/env bash
# Benchmark: One Map's bulk EPSG:4490 -> EPSG:4548 transform vs PROJ cs2cs on the same 1,000,000
# pseudo-random points over Meizhou (fixed seed), in one run; prints one table
# (method | points | seconds | points/s | vs cs2cs) and the max difference between the two outputs.
#
#   bench/transform.sh                 # defaults: 1,000,000 points, 5 timed runs each
#   bench/transform.sh --points 200000 --runs 3
#
# Needs Maven, Java 17 and cs2cs (Debian proj-bin). Files go to bench/out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

mvn_flags=(-B -q)

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
repo="$HOME/.m2/repository/cn/onemap"
jar="$repo/gis-core/$version/gis-core-$version.jar"
parent="$repo/onemap-parent/$version/onemap-parent-$version.pom"
# Install gis-core (and, with -am, the parent pom its descriptor refers to) when missing or stale.
if [[ ! -f "$jar" || ! -f "$parent" ]] ||
  [[ -n "$(find pom.xml gis-core/pom.xml gis-core/src/main -newer "$jar" -print -quit)" ]]; then
  echo "installing gis-core $version into the local Maven repository..."
  mvn "${mvn_flags[@]}" -DskipTests install -pl gis-core -am
fi

mvn "${mvn_flags[@]}" -f bench/pom.xml package dependency:build-classpath \
  -Dmdep.outputFile="$root/bench/target/classpath.txt" -Dmdep.includeScope=runtime

command -v cs2cs >/dev/null || { echo "cs2cs not found: apt-get install proj-bin" >&2; exit 1; }
exec java -Xmx1g -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" \
  cn.onemap.bench.TransformBench --dir "$root/bench/out" "$@"
