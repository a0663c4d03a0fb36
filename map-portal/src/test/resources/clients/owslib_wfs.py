"""OWSLib (Debian python3-owslib) against our WFS: prints one JSON object with what it saw.

Usage: /usr/bin/python3 owslib_wfs.py <base-url-ending-in-?> <typename> <minlon> <minlat> <maxlon> <maxlat>
Exit 0 with the JSON on stdout; any exception is a failure (exit 1 with the traceback).
"""
import json
import sys
from io import BytesIO

from lxml import etree
from owslib.wfs import WebFeatureService

url, typename = sys.argv[1], sys.argv[2]
minlon, minlat, maxlon, maxlat = map(float, sys.argv[3:7])
result = {}

wfs20 = WebFeatureService(url, version="2.0.0")
result["wfs20_types"] = sorted(wfs20.contents)
result["wfs20_title"] = wfs20.contents[typename].title
# OWSLib takes x,y and itself sends EPSG:4490 (a lat,lon CRS) as lat,lon on the wire.
response = wfs20.getfeature(
    typename=[typename],
    bbox=(minlon, minlat, maxlon, maxlat, "urn:ogc:def:crs:EPSG::4490"),
    maxfeatures=50,
)
doc = etree.parse(BytesIO(response.read()))
ns = {"wfs": "http://www.opengis.net/wfs/2.0", "gml": "http://www.opengis.net/gml/3.2"}
members = doc.findall(".//wfs:member", ns)
result["wfs20_members"] = len(members)
positions = doc.findall(".//gml:pos", ns) + doc.findall(".//gml:posList", ns)
first = positions[0].text.split() if positions else []
result["wfs20_first_pos"] = [float(v) for v in first[:2]]

# (OWSLib's WFS 2.0 client has no srsname.) A Gauss-Krueger zone by URN is northing,easting on
# the wire (EPSG axis order); the short form EPSG:4548 is easting,northing.
def first_pos(response, gml_ns):
    d = etree.parse(BytesIO(response.read()))
    ps = d.findall(".//{%s}pos" % gml_ns) + d.findall(".//{%s}posList" % gml_ns)
    return [float(v) for v in ps[0].text.split()[:2]] if ps else []


wfs11 = WebFeatureService(url, version="1.1.0")
result["wfs11_types"] = sorted(wfs11.contents)
result["wfs11_gk_urn_first_pos"] = first_pos(
    wfs11.getfeature(typename=[typename], maxfeatures=1, srsname="urn:ogc:def:crs:EPSG::4548"),
    "http://www.opengis.net/gml",
)
result["wfs11_gk_first_pos"] = first_pos(
    wfs11.getfeature(typename=[typename], maxfeatures=1, srsname="EPSG:4548"),
    "http://www.opengis.net/gml",
)
print(json.dumps(result, ensure_ascii=False))
