#!/usr/bin/env bash
# Regenerates the PROJ reference fixtures that CrsProjFixtureTest compares our transforms with.
#
# Requires PROJ's cs2cs (generated with PROJ 9.1.1, Debian bookworm `proj-bin`). Run from anywhere:
#   gis-core/src/test/resources/testdata/crs/generate.sh
#
# Axis order: with EPSG codes PROJ follows the EPSG axis order, which is latitude-first for
# geographic CRSs (4490, 4610, 4214) and northing-first for the Chinese Gauss-Kruger CRSs (CS 4530),
# but easting-first for EPSG:3857. `-r` makes cs2cs read the input as x,y (lon lat / easting
# northing) and `-s` makes it write x,y; each is used only where the EPSG order is y-first, so every
# CSV is written lon,lat / easting,northing like our Java API.
#
# Grid: the Meizhou extent lon 115.2..117.0, lat 23.2..24.9 in 0.1 degree steps (19 x 18 = 342 points).
# Output: metres with -f %.6f (micrometres), degrees with -f %.11f (~1 micrometre).
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")"
command -v cs2cs >/dev/null || { echo "cs2cs (PROJ) not found; apt-get install proj-bin" >&2; exit 1; }

grid() {
  awk 'BEGIN { for (i = 0; i <= 18; i++) for (j = 0; j <= 17; j++)
                 printf "%.1f %.1f\n", 115.2 + i * 0.1, 23.2 + j * 0.1 }'
}

# fixture NAME "CS2CS ARGS..." : input on stdin; writes NAME.csv with src_x,src_y,dst_x,dst_y
fixture() {
  local name=$1 args=$2 input
  input=$(cat)
  {
    echo "# cs2cs $args  ($(cs2cs 2>&1 | head -1 | tr -d '\n'))"
    echo "src_x,src_y,dst_x,dst_y"
    # shellcheck disable=SC2086
    paste -d' ' <(echo "$input") <(echo "$input" | cs2cs $args) |
      awk '{ if ($3 == "*" || $4 == "*") { print "cs2cs failed on " $0 > "/dev/stderr"; exit 1 }
             print $1 "," $2 "," $3 "," $4 }'
  } > "$name.csv"
  echo "wrote $name.csv ($(($(wc -l < "$name.csv") - 2)) rows)"
}

# CGCS2000 -> CGCS2000 3-degree Gauss-Kruger, central-meridian form: CM 117E (Meizhou) and CM 114E
# (the west edge; the east of the city is up to 3 degrees off this meridian).
grid | fixture cgcs2000_to_4548 "-r -s -f %.6f EPSG:4490 EPSG:4548"
grid | fixture cgcs2000_to_4547 "-r -s -f %.6f EPSG:4490 EPSG:4547"
# Zone-prefixed 3-degree forms: 4526 = zone 38 (CM 114E), 4527 = zone 39 (CM 117E).
grid | fixture cgcs2000_to_4526 "-r -s -f %.6f EPSG:4490 EPSG:4526"
grid | fixture cgcs2000_to_4527 "-r -s -f %.6f EPSG:4490 EPSG:4527"
# 6-degree zone 20 (CM 117E), zone-prefixed, the 6-degree zone that contains Meizhou.
grid | fixture cgcs2000_to_4498 "-r -s -f %.6f EPSG:4490 EPSG:4498"
# Web Mercator: EPSG:3857 is easting-first already, so no -s.
grid | fixture cgcs2000_to_3857 "-r -f %.6f EPSG:4490 EPSG:3857"
# Legacy datums, projection only (same datum on both sides, so no datum shift is involved):
# Xian 1980 (IAG 1975 ellipsoid) -> Xian 1980 3-degree GK CM 117E; Beijing 1954 (Krassowsky) -> CM 117E.
grid | fixture xian80_to_2384 "-r -s -f %.6f EPSG:4610 EPSG:2384"
grid | fixture beijing54_to_2436 "-r -s -f %.6f EPSG:4214 EPSG:2436"
# Inverse: the eastings/northings of cgcs2000_to_4548.csv back to CGCS2000 lon/lat.
grep -v '^#' cgcs2000_to_4548.csv | tail -n +2 | awk -F, '{ print $3, $4 }' |
  fixture gk4548_to_cgcs2000 "-r -s -f %.11f EPSG:4548 EPSG:4490"

# 7-parameter (Bursa-Wolf) Xian 1980 -> CGCS2000 with ILLUSTRATIVE parameters (not Meizhou's real
# set): tx=38.2 ty=-112.5 tz=-57.9 m, rx=0.7 ry=-1.9 rz=2.2 arc-seconds, s=-1.6 ppm, in both rotation
# conventions. PROJ's helmert without +exact uses EPSG's small-angle rotation matrix, like ours.
# Input height 0 on the IAG 1975 ellipsoid; the output height is dropped. cct reads/writes degrees.
helmert() {
  local convention=$1 name=$2 input
  input=$(grid)
  {
    echo "# cct -d 11 +proj=pipeline +step +proj=cart +a=6378140 +rf=298.257 +step +proj=helmert" \
      "+x=38.2 +y=-112.5 +z=-57.9 +rx=0.7 +ry=-1.9 +rz=2.2 +s=-1.6 +convention=$convention" \
      "+step +inv +proj=cart +a=6378137 +rf=298.257222101"
    echo "src_x,src_y,dst_x,dst_y"
    paste -d' ' <(echo "$input") <(echo "$input" | awk '{ print $1, $2, 0, 0 }' |
      cct -d 11 +proj=pipeline +step +proj=cart +a=6378140 +rf=298.257 +step +proj=helmert \
        +x=38.2 +y=-112.5 +z=-57.9 +rx=0.7 +ry=-1.9 +rz=2.2 +s=-1.6 +convention="$convention" \
        +step +inv +proj=cart +a=6378137 +rf=298.257222101) |
      awk '{ print $1 "," $2 "," $3 "," $4 }'
  } > "$name.csv"
  echo "wrote $name.csv ($(($(wc -l < "$name.csv") - 2)) rows)"
}
helmert position_vector xian80_to_cgcs2000_pv
helmert coordinate_frame xian80_to_cgcs2000_cf
