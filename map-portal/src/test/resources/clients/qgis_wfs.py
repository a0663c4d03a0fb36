"""QGIS 3.22 (Debian python3-qgis, headless) as a planner's desktop GIS against our WFS.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 qgis_wfs.py <config.json>
The config holds {"runs": [...], "counts": [...]}:
- each run {"label", "url", "version", "typename", "auth": {"username", "password"} | {}, "name"}
  loads the layer, then through QGIS's edit buffer adds a feature called <name>, commits; changes
  an attribute and the geometry, commits; deletes it, commits. It reports each commit's result and
  errors, and what QGIS reads back after each step;
- each count {"label", "url", "version", "typename", "auth"} loads a layer and counts the features
  QGIS reads (iterating them all, as the map and the attribute table do).
Prints one JSON object last. Any exception: exit 1 with a traceback.
"""
import json
import sys
import time

from qgis.core import (QgsApplication, QgsFeature, QgsFeatureRequest, QgsGeometry,
                       QgsVectorLayer)

WKT = "MULTIPOLYGON (((115.95 24.20, 115.96 24.20, 115.96 24.21, 115.95 24.21, 115.95 24.20)))"
MOVED = "MULTIPOLYGON (((115.97 24.22, 115.98 24.22, 115.98 24.23, 115.97 24.23, 115.97 24.22)))"


def uri(spec):
    parts = ["url='%s'" % spec["url"], "typename='%s'" % spec["typename"],
             "version='%s'" % spec["version"], "pagingEnabled='true'"]
    auth = spec.get("auth") or {}
    if auth:
        parts.append("username='%s'" % auth["username"])
        parts.append("password='%s'" % auth["password"])
    return " ".join(parts)


def load(spec):
    layer = QgsVectorLayer(uri(spec), spec["label"], "WFS")
    if not layer.isValid():
        raise RuntimeError("layer %s is not valid: %s" % (spec["label"], layer.error().summary()))
    return layer


def named(layer, name):
    layer.dataProvider().reloadData()
    request = QgsFeatureRequest().setFilterExpression("\"name\" = '%s'" % name)
    out = []
    for f in layer.getFeatures(request):
        bbox = f.geometry().boundingBox()
        out.append({"name": f["name"], "kind": f["kind"], "width_m": f["width_m"],
                    "bbox": [bbox.xMinimum(), bbox.yMinimum(), bbox.xMaximum(), bbox.yMaximum()]})
    return out


def commit(layer):
    ok = layer.commitChanges()
    return {"ok": ok, "errors": list(layer.commitErrors())}


def edit(spec):
    layer = load(spec)
    name = spec["name"]
    seen = {"label": spec["label"]}
    layer.startEditing()
    f = QgsFeature(layer.fields())
    f["name"] = name
    f["kind"] = "湖泊"
    f["width_m"] = 12.5
    f.setGeometry(QgsGeometry.fromWkt(WKT))
    layer.addFeature(f)
    seen["insert"] = commit(layer)
    seen["inserted_at_ms"] = int(time.time() * 1000)  # the store holds the feature at this time
    after_insert = named(layer, name)
    seen["after_insert"] = after_insert

    fid = next(iter(layer.getFeatures(
        QgsFeatureRequest().setFilterExpression("\"name\" = '%s'" % name))), None)
    if fid is None:
        seen["update"] = {"ok": False, "errors": ["inserted feature not found"]}
        return seen
    layer.startEditing()
    layer.changeAttributeValue(fid.id(), layer.fields().indexOf("width_m"), 20.0)
    layer.changeGeometry(fid.id(), QgsGeometry.fromWkt(MOVED))
    seen["update"] = commit(layer)
    seen["after_update"] = named(layer, name)

    layer.startEditing()
    layer.deleteFeature(fid.id())
    seen["delete"] = commit(layer)
    seen["after_delete"] = named(layer, name)
    return seen


def count(spec):
    layer = load(spec)
    n = sum(1 for _ in layer.getFeatures())
    return {"label": spec["label"], "count": n}


def main():
    config = json.load(open(sys.argv[1], encoding="utf-8"))
    app = QgsApplication([], False)
    app.initQgis()
    result = {"runs": [edit(r) for r in config.get("runs", [])],
              "counts": [count(c) for c in config.get("counts", [])]}
    print(json.dumps(result, ensure_ascii=False))


main()
