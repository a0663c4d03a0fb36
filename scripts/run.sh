#!/usr/bin/env bash
# The one command that runs the platform: builds what changed, then starts the portal on the
# embedded H2GIS store (./data) at http://localhost:8080, loading the sample city on first start.
# Arguments go to the application, e.g. --server.port=9090 or --spring.profiles.active=postgis;
# JVM options come from JAVA_OPTS (e.g. JAVA_OPTS=-Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=map-portal/target/map-portal.jar
stale() {
  [ ! -f "$jar" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$jar" \
    -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]
}
if stale; then
  command -v mvn >/dev/null && command -v npm >/dev/null || scripts/install-deps.sh
  echo "Building One Map (first run takes a few minutes)..."
  mvn -B -q -DskipTests install
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java ${JAVA_OPTS:-} -Dorg.geotools.referencing.forceXY=true -jar "$jar" "$@"
