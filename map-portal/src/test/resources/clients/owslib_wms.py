"""OWSLib as a WMS 1.3.0 client of the portal.

Usage: owslib_wms.py URL LAYER MINLON MINLAT MAXLON MAXLAT OUT.png [STYLE]
Lists the layers, reads one layer's title, WGS 84 box and styles (with legend URLs), fetches a
256x256 PNG in EPSG:4490 (OWSLib swaps the lon/lat box it is given to the CRS's latitude-first
order) and writes it to OUT.png; with STYLE, a second map in that named style goes to
OUT.png.STYLE.png. The last line printed is a JSON summary for the Java test.
"""
import json
import sys

from owslib.wms import WebMapService

url, layer, minx, miny, maxx, maxy, out = sys.argv[1:8]
bbox = tuple(float(v) for v in (minx, miny, maxx, maxy))
wms = WebMapService(url, version="1.3.0")
img = wms.getmap(
    layers=[layer],
    styles=[""],
    srs="EPSG:4490",
    bbox=bbox,
    size=(256, 256),
    format="image/png",
    transparent=True,
)
data = img.read()
with open(out, "wb") as f:
    f.write(data)
styled_url = None
if len(sys.argv) > 8:
    styled = wms.getmap(
        layers=[layer],
        styles=[sys.argv[8]],
        srs="EPSG:4490",
        bbox=bbox,
        size=(256, 256),
        format="image/png",
        transparent=True,
    )
    styled_url = styled.geturl()
    with open(out + "." + sys.argv[8] + ".png", "wb") as f:
        f.write(styled.read())
print(
    json.dumps(
        {
            "layers": sorted(wms.contents.keys()),
            "title": wms[layer].title,
            "wgs84": list(wms[layer].boundingBoxWGS84),
            "crs": sorted(wms[layer].crsOptions),
            "getmap_url": img.geturl(),
            "bytes": len(data),
            "styles": {
                name: {"title": s.get("title"), "legend": s.get("legend")}
                for name, s in wms[layer].styles.items()
            },
            "styled_url": styled_url,
        },
        ensure_ascii=False,
    )
)
