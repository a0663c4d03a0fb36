"""OWSLib as a WMTS 1.0.0 client of the portal.

Usage: owslib_wmts.py URL LAYER TILEMATRIXSET TILEMATRIX ROW COL OUT.png
Reads the capabilities (layers, tile matrix sets, one layer's formats and set links), fetches one
tile by KVP and writes it to OUT.png. The last line printed is a JSON summary for the Java test.
"""
import json
import sys

from owslib.wmts import WebMapTileService

url, layer, tms, matrix, row, col, out = sys.argv[1:8]
wmts = WebMapTileService(url)
kvp = wmts.gettile(
    layer=layer,
    tilematrixset=tms,
    tilematrix=matrix,
    row=int(row),
    column=int(col),
    format="image/png",
)
with open(out, "wb") as f:
    f.write(kvp.read())
template = [r for r in wmts.contents[layer].resourceURLs if r["resourceType"] == "tile"][0]
print(
    json.dumps(
        {
            "layers": sorted(wmts.contents.keys()),
            "sets": sorted(wmts.tilematrixsets.keys()),
            "title": wmts.contents[layer].title,
            "formats": wmts.contents[layer].formats,
            "links": sorted(wmts.contents[layer].tilematrixsetlinks.keys()),
            "c_levels": len(wmts.tilematrixsets["c"].tilematrix),
            "c_top_left": list(wmts.tilematrixsets["c"].tilematrix["1"].topleftcorner),
            "template": template["template"],
            "operations": [op.name for op in wmts.operations],
        },
        ensure_ascii=False,
    )
)
