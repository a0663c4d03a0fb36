#!/usr/bin/env bash
# Regenerates offsets_gcoord.csv: reference values of the GCJ-02 and BD-09 forward formulas from an
# independent implementation, the npm package gcoord 1.0.7 (MIT), for ChinaOffsetsTest.
# Needs node + npm (Debian `nodejs npm`); installs gcoord into a throwaway directory.
#
# Points: the Meizhou extent every 0.3 degree, plus China every 4 degrees (73..135E, 18..54N), plus
# three points outside China where GCJ-02 must leave coordinates unchanged.
# Columns: WGS84 lon,lat -> GCJ-02 lon,lat (gcoord WGS84->GCJ02) -> BD-09 lon,lat (gcoord GCJ02->BD09
# applied to the GCJ-02 point). 15 decimals.
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)/offsets_gcoord.csv"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm init -y >/dev/null
npm install --silent gcoord@1.0.7 >/dev/null 2>&1
node -e '
const g = require("gcoord");
const pts = [];
for (let lon = 115.2; lon <= 117.0001; lon += 0.3)
  for (let lat = 23.2; lat <= 24.9001; lat += 0.3) pts.push([+lon.toFixed(1), +lat.toFixed(1)]);
for (let lon = 73; lon <= 135; lon += 4) for (let lat = 18; lat <= 54; lat += 4) pts.push([lon, lat]);
pts.push([2.35, 48.85], [139.7, 35.7], [70.0, 30.0]);
console.log("# gcoord 1.0.7: wgs -> gcj02 = transform(WGS84, GCJ02); bd09 = transform(gcj02, GCJ02, BD09)");
console.log("wgs_lon,wgs_lat,gcj_lon,gcj_lat,bd_lon,bd_lat");
for (const p of pts) {
  const gcj = g.transform(p, g.WGS84, g.GCJ02);
  const bd = g.transform(gcj, g.GCJ02, g.BD09);
  console.log([p[0], p[1], ...gcj, ...bd].map(v => v.toFixed(15)).join(","));
}' > "$out"
echo "wrote $out ($(($(wc -l < "$out") - 2)) rows)"
