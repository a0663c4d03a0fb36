#!/usr/bin/env bash
# The one test command: installs what tests need, starts a throwaway PostGIS, runs every test, removes PostGIS.
# Safe to run twice in a row and after a run that was killed half-way (postgis.sh start clears leftovers).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/check-docs.sh

export ONEMAP_PG_PORT=${ONEMAP_PG_PORT:-55432}
trap 'scripts/postgis.sh stop' EXIT INT TERM
scripts/postgis.sh start

mvn -B verify -Donemap.test.postgis.url="jdbc:postgresql://127.0.0.1:$ONEMAP_PG_PORT/gis" "$@"
