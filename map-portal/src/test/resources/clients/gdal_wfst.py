"""GDAL's WFS driver (Debian python3-gdal) as a WFS-T client: insert, read back, update, delete.

Usage: /usr/bin/python3 gdal_wfst.py <url-ending-in-?> <version> <user:password> <typename> [refusal]
Prints one JSON object with what it saw after each step. With "refusal" it only tries an insert
and reports GDAL's error (the server must refuse it). Any other exception: exit 1 with traceback.
"""
import json
import sys

from osgeo import gdal, ogr

url, version, userpwd, typename = sys.argv[1:5]
refusal = len(sys.argv) > 5 and sys.argv[5] == "refusal"
gdal.UseExceptions()
gdal.SetConfigOption("GDAL_HTTP_AUTH", "BASIC")
gdal.SetConfigOption("GDAL_HTTP_USERPWD", userpwd)
# Never reuse a cached capabilities or feature response between steps.
gdal.SetConfigOption("CPL_CURL_ENABLE_VSIMEM", "NO")

WKT = "MULTIPOLYGON (((115.90 24.10, 115.91 24.10, 115.91 24.11, 115.90 24.11, 115.90 24.10)))"


def layer(update):
    ds = gdal.OpenEx("WFS:" + url + "VERSION=" + version, gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0))
    return ds, ds.GetLayerByName(typename)


def read(name):
    ds, lyr = layer(False)
    lyr.SetAttributeFilter("name = '%s'" % name)
    out = []
    for f in lyr:
        env = f.GetGeometryRef().GetEnvelope()  # minx, maxx, miny, maxy (x = east)
        out.append({"gml_id": f.GetField("gml_id"), "name": f.GetField("name"),
                    "kind": f.GetField("kind"), "width_m": f.GetField("width_m"), "envelope": env})
    return out


result = {}
ds, lyr = layer(True)
f = ogr.Feature(lyr.GetLayerDefn())
f.SetField("name", "测试湖")
f.SetField("kind", "湖泊")
f.SetField("width_m", 12.5)
f.SetGeometry(ogr.CreateGeometryFromWkt(WKT))
if refusal:
    gdal.ErrorReset()
    try:
        err = lyr.CreateFeature(f)
        result["refused"] = err != 0
        result["message"] = gdal.GetLastErrorMsg()
    except RuntimeError as e:
        result["refused"] = True
        result["message"] = str(e)
    print(json.dumps(result, ensure_ascii=False))
    sys.exit(0)
lyr.CreateFeature(f)
result["inserted_gml_id"] = f.GetField("gml_id")
ds = None

result["after_insert"] = read("测试湖")

ds, lyr = layer(True)
lyr.SetAttributeFilter("name = '测试湖'")
f = lyr.GetNextFeature()
f.SetField("name", "测试湖（扩）")
f.SetField("width_m", 20.0)
lyr.SetFeature(f)
ds = None
result["after_update"] = read("测试湖（扩）")
result["old_name_after_update"] = read("测试湖")

ds, lyr = layer(True)
lyr.SetAttributeFilter("name = '测试湖（扩）'")
f = lyr.GetNextFeature()
lyr.DeleteFeature(f.GetFID())
ds = None
result["after_delete"] = read("测试湖（扩）")
print(json.dumps(result, ensure_ascii=False))
