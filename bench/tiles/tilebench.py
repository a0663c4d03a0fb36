#!/usr/bin/env python3
"""Tile service benchmark: One Map's tiles side by side with their peers, one table.

Run by bench/tiles.sh, which starts PostGIS, the portals (PostGIS and H2GIS), MapServer 8 under
lighttpd FastCGI and knows where everything is; this script only talks HTTP/psql and prints.
Standard library only (Debian's /usr/bin/python3).

(a) cold PNG tiles/s (empty cache, each tile once) of the base map and of a pipeline layer, on a
    block of c-grid tiles: ours (XYZ) vs MapServer's WMS at the same tile extents vs MapProxy
    seeding the same block from MapServer (mapproxy-seed, 4x4 metatiles);
(b) warm (cached) tiles/s and p99 at 16 and 64 connections with wrk: ours vs nginx serving the
    same tiles as static files;
(c) MVT tiles/s of city_parts on a WebMercatorQuad block: ours on PostGIS and on H2GIS vs a bare
    ST_AsMVT query per tile through psql;
(d) seeding tiles/s of the base map over the whole city (levels 12-18, --quick 12-15);
(e) time from an edit (WFS-T insert of a building over HTTP) to the fresh tile being served.
"""
import argparse
import base64
import http.client
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

PNG = b"\x89PNG\r\n\x1a\n"
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- HTTP
class Client:
    """One keep-alive HTTP/1.1 connection per thread and host."""

    def __init__(self):
        self.local = threading.local()

    def request(self, url, method="GET", body=None, headers=None, timeout=120):
        u = urllib.parse.urlsplit(url)
        conns = self.local.__dict__.setdefault("conns", {})
        key = (u.hostname, u.port)
        path = u.path + ("?" + u.query if u.query else "")
        for attempt in (0, 1):
            conn = conns.get(key)
            if conn is None:
                conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
                conns[key] = conn
            try:
                conn.request(method, path, body=body, headers=headers or {})
                r = conn.getresponse()
                data = r.read()
                return r.status, {k.lower(): v for k, v in r.getheaders()}, data
            except (http.client.HTTPException, ConnectionError, OSError):
                conn.close()
                conns.pop(key, None)
                if attempt == 1:
                    raise
        raise AssertionError("unreachable")


HTTP = Client()


def basic(userpass):
    return {"Authorization": "Basic " + base64.b64encode(userpass.encode()).decode()}


def get_json(url, headers=None):
    status, _, body = HTTP.request(url, headers={"Accept": "application/json", **(headers or {})})
    if status != 200:
        raise SystemExit(f"GET {url}: {status} {body[:300]!r}")
    return json.loads(body)


def percentile(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(len(s) * p / 100))]


def fetch_all(urls, concurrency, headers=None, check=None):
    """Requests every URL once with `concurrency` clients; returns rate, p99 ms, errors."""
    latencies = []
    errors = []
    lock = threading.Lock()

    def one(url):
        start = time.perf_counter()
        try:
            status, h, body = HTTP.request(url, headers=headers)
            ok = status == 200 and (check is None or check(h, body))
            why = "" if ok else f"{status} {h.get('content-type', '')} {body[:120]!r}"
        except Exception as e:  # a refused or reset connection counts as an error, not a crash
            ok, why = False, repr(e)
        took = time.perf_counter() - start
        with lock:
            latencies.append(took)
            if not ok:
                errors.append(f"{url}: {why}")

    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, urls))
    wall = time.perf_counter() - start
    return {
        "n": len(urls),
        "rate": len(urls) / wall,
        "p99": percentile(latencies, 99) * 1000,
        "errors": len(errors),
        "first_error": errors[0] if errors else "",
    }


def is_png(headers, body):
    return headers.get("content-type", "").startswith("image/png") and body.startswith(PNG)


def is_mvt_or_empty(headers, body):
    return not body or is_mvt(headers, body)


def is_mvt(headers, body):
    return "protobuf" in headers.get("content-type", "") or "vector-tile" in headers.get(
        "content-type", ""
    )


# ---------------------------------------------------------------- grids (from the server's TMS JSON)
class Matrix:
    def __init__(self, tms, m):
        o = m["pointOfOrigin"]
        axes = tms.get("orderedAxes", [])
        north_first = bool(axes) and axes[0].upper() in ("LAT", "N", "Y_NORTH")
        self.id = m["id"]
        self.ox, self.oy = (o[1], o[0]) if north_first else (o[0], o[1])
        self.span_x = m["cellSize"] * m["tileWidth"]
        self.span_y = m["cellSize"] * m["tileHeight"]
        self.width, self.height = m["matrixWidth"], m["matrixHeight"]

    def col_row(self, x, y):
        col = math.floor((x - self.ox) / self.span_x)
        row = math.floor((self.oy - y) / self.span_y)
        return min(max(col, 0), self.width - 1), min(max(row, 0), self.height - 1)

    def envelope(self, col, row):
        return (
            self.ox + col * self.span_x,
            self.oy - (row + 1) * self.span_y,
            self.ox + (col + 1) * self.span_x,
            self.oy - row * self.span_y,
        )

    def covering(self, bbox):
        c0, r0 = self.col_row(bbox[0], bbox[3])
        c1, r1 = self.col_row(bbox[2], bbox[1])
        return [(c, r) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]


def matrices(portal, tms_id):
    tms = get_json(f"{portal}/ogcapi/tileMatrixSets/{tms_id}")
    return {m["id"]: Matrix(tms, m) for m in tms["tileMatrices"]}


def mercator(lon, lat):
    r = 6378137.0
    return (
        math.radians(lon) * r,
        math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * r,
    )


def block(matrix, centre, k):
    """A k x k block of tiles aligned to 4 (whole metatiles for every side) around `centre`."""
    c, r = matrix.col_row(*centre)
    c0 = max(0, (c - k // 2) // 4 * 4)
    r0 = max(0, (r - k // 2) // 4 * 4)
    return [(cc, rr) for rr in range(r0, r0 + k) for cc in range(c0, c0 + k)]


# ---------------------------------------------------------------- wrk
def wrk(base, paths, connections, seconds, out, name, headers=None):
    listing = os.path.join(out, f"{name}.paths")
    with open(listing, "w") as f:
        f.write("\n".join(paths) + "\n")
    threads = min(connections, os.cpu_count() or 2)
    cmd = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s"]
    for k, v in (headers or {}).items():
        cmd += ["-H", f"{k}: {v}"]
    cmd += ["-s", os.path.join(HERE, "paths.lua"), base, "--", listing]
    r = subprocess.run(cmd, capture_output=True, text=True, check=True)
    line = [l for l in r.stdout.splitlines() if l.startswith("{")]
    if not line:
        raise SystemExit(f"wrk printed no result: {r.stdout}\n{r.stderr}")
    res = json.loads(line[-1])
    res["rate"] = res["requests"] / (res["duration_us"] / 1e6)
    res["p99"] = res["p99_us"] / 1000
    return res


# ---------------------------------------------------------------- MapServer / MapProxy / nginx
def mapserver_url(mapserver, layers, env):
    q = urllib.parse.urlencode(
        {
            "SERVICE": "WMS",
            "VERSION": "1.1.1",
            "REQUEST": "GetMap",
            "LAYERS": layers,
            "STYLES": "",
            "SRS": "EPSG:4490",
            "BBOX": ",".join(f"{v:.12f}" for v in env),
            "WIDTH": 256,
            "HEIGHT": 256,
            "FORMAT": "image/png",
            "TRANSPARENT": "TRUE",
        }
    )
    return mapserver + q


def mapproxy_seed(args, name, layers, tiles_by_level, cmatrices, concurrency):
    """Seeds exactly `tiles_by_level` (blocks) from MapServer with mapproxy-seed; tiles/s."""
    work = os.path.join(args.out, f"mapproxy-{name}")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    levels = sorted(cmatrices, key=lambda i: -cmatrices[i].span_x)
    res = [cmatrices[i].span_x / 256 for i in levels]
    conf = {
        "services": {"tms": {}},
        "layers": [{"name": name, "title": name, "sources": [f"{name}_cache"]}],
        "caches": {
            f"{name}_cache": {
                "grids": ["c"],
                "sources": [f"{name}_wms"],
                "meta_size": [4, 4],
                "meta_buffer": 0,
                "cache": {"type": "file", "directory": os.path.join(work, "cache")},
            }
        },
        "sources": {
            f"{name}_wms": {
                "type": "wms",
                "req": {"url": args.mapserver, "layers": layers, "transparent": True},
                "wms_opts": {"version": "1.1.1"},
                "supported_srs": ["EPSG:4490"],
                "concurrent_requests": concurrency,
            }
        },
        "grids": {
            "c": {
                "srs": "EPSG:4490",
                "bbox": [-180, -90, 180, 90],
                "bbox_srs": "EPSG:4490",
                "origin": "ul",
                "res": res,
                "tile_size": [256, 256],
            }
        },
        "globals": {"cache": {"base_dir": os.path.join(work, "cache"), "lock_dir": os.path.join(work, "locks")}},
    }
    seeds = {"seeds": {}, "coverages": {}}
    total = 0
    for level, tiles in tiles_by_level.items():
        m = cmatrices[level]
        envs = [m.envelope(c, r) for c, r in tiles]
        # Shrunk by a hundredth of a pixel so no neighbouring tile is touched.
        eps = m.span_x / 256 / 100
        bbox = [
            min(e[0] for e in envs) + eps,
            min(e[1] for e in envs) + eps,
            max(e[2] for e in envs) - eps,
            max(e[3] for e in envs) - eps,
        ]
        cov = f"block{level}"
        seeds["coverages"][cov] = {"bbox": bbox, "srs": "EPSG:4490"}
        seeds["seeds"][f"seed{level}"] = {
            "caches": [f"{name}_cache"],
            "levels": [levels.index(level)],
            "coverages": [cov],
        }
        total += len(tiles)
    # JSON is YAML: no PyYAML needed to write the configuration.
    with open(os.path.join(work, "mapproxy.yaml"), "w") as f:
        json.dump(conf, f)
    with open(os.path.join(work, "seed.yaml"), "w") as f:
        json.dump(seeds, f)
    start = time.perf_counter()
    r = subprocess.run(
        ["mapproxy-seed", "-f", "mapproxy.yaml", "-s", "seed.yaml", "-c", str(concurrency), "--quiet"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    written = sum(len([f for f in fs if f.endswith(".png")]) for _, _, fs in os.walk(os.path.join(work, "cache")))
    if r.returncode != 0 or written == 0:
        print(f"mapproxy-seed failed ({r.returncode}), {written} tiles:\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}")
        return {"n": total, "rate": float("nan"), "written": written}
    return {"n": total, "rate": total / wall, "written": written}


def start_nginx(args, root):
    conf = os.path.join(args.out, "nginx.conf")
    with open(os.path.join(HERE, "nginx.conf.in")) as f:
        text = f.read()
    text = (
        text.replace("@ROOT@", root)
        .replace("@DIR@", args.out)
        .replace("@PORT@", str(args.nginx_port))
        .replace("@WORKERS@", str(os.cpu_count() or 2))
    )
    with open(conf, "w") as f:
        f.write(text)
    proc = subprocess.Popen(["nginx", "-c", conf, "-p", args.out], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{args.nginx_port}"
    for _ in range(50):
        try:
            HTTP.request(base + "/")
            return proc, base
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("nginx did not start")


# ---------------------------------------------------------------- the phases
def catalog(args):
    layers = get_json(f"{args.portal}/api/layers", basic(args.admin))
    by_id = {l["id"]: l for l in layers}
    base = [l for l in layers if l["kind"] == "BASE"]
    boxes = [l["bbox"] for l in base if l.get("bbox")]
    city = [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)]
    return by_id, base, city


def api_key(args, portal=None):
    status, _, body = HTTP.request(
        f"{portal or args.portal}/api/admin/api-keys",
        "POST",
        json.dumps({"name": "tile bench", "roles": ["ADMIN"]}),
        {**basic(args.admin), "Content-Type": "application/json", "X-OneMap-Client": "bench"},
    )
    if status not in (200, 201):
        print(f"no API key ({status} {body[:200]!r}): pipelines tiles use Basic (slower)")
        return basic(args.admin)
    key = json.loads(body)["apiKey"]
    return {"X-API-Key": key}


def phase_cold(args, rows, city, cm, pipes, auth):
    centre = ((city[0] + city[2]) / 2, (city[1] + city[3]) / 2)
    blocks = {lvl: block(cm[lvl], centre, args.block) for lvl in args.cold_levels}
    n = sum(len(b) for b in blocks.values())
    levels = ",".join(args.cold_levels)
    base_layers = ",".join(args.base_layers)
    warm_paths = []
    for label, tileset, ms_layers, headers in (
        ("base map", "basemap", base_layers, None),
        (f"pipelines ({pipes})", pipes, "pipelines", auth),
    ):
        ours_urls, ms_urls = [], []
        for lvl, tiles in blocks.items():
            for c, r in tiles:
                path = f"/tiles/{tileset}/c/{lvl}/{c}/{r}.png"
                ours_urls.append(args.portal + path)
                if tileset == "basemap":
                    warm_paths.append(path)
                ms_urls.append(mapserver_url(args.mapserver, ms_layers, cm[lvl].envelope(c, r)))
        ours = fetch_all(ours_urls, args.clients, headers, is_png)
        peer = fetch_all(ms_urls, args.clients, None, is_png)
        proxy = mapproxy_seed(args, tileset.replace("_", ""), ms_layers, blocks, cm, args.clients)
        for res, who in ((ours, "One Map"), (peer, "MapServer 8"), (proxy, "MapProxy seed ← MapServer")):
            if res.get("errors"):
                print(f"  {who} {label}: {res['errors']} errors, e.g. {res['first_error']}")
        what = f"(a) cold PNG {label}, c L{levels}, {n} tiles, {args.clients} clients"
        rows.append((what, "One Map", f"{ours['rate']:.1f} tiles/s", f"p99 {ours['p99']:.0f} ms", ""))
        rows.append(
            (
                "",
                "MapServer 8 WMS",
                f"{peer['rate']:.1f} tiles/s",
                f"p99 {peer['p99']:.0f} ms",
                goal(ours["rate"] / peer["rate"], 1.5, "≥ 1.5× MapServer"),
            )
        )
        rows.append(("", "MapProxy seed ← MapServer", f"{proxy['rate']:.1f} tiles/s", f"{proxy['written']} written", ""))
    return warm_paths


def phase_warm(args, rows, paths):
    static = os.path.join(args.out, "static")
    shutil.rmtree(static, ignore_errors=True)
    for p in paths:
        status, h, body = HTTP.request(args.portal + p)
        if status != 200 or not body.startswith(PNG):
            raise SystemExit(f"warm copy of {p}: {status}")
        f = os.path.join(static, p.lstrip("/"))
        os.makedirs(os.path.dirname(f), exist_ok=True)
        with open(f, "wb") as out:
            out.write(body)
    nginx, nginx_base = start_nginx(args, static)
    try:
        # The JVM compiles the request path only after thousands of requests: measured cold, the
        # portal serves a tenth of what it serves warm. Servers are compared warm, as in production.
        wrk(args.portal, paths, 16, args.warmup, args.out, "warm-up-ours")
        for conns in (16, 64):
            ours = wrk(args.portal, paths, conns, args.seconds, args.out, f"warm-ours-{conns}")
            peer = wrk(nginx_base, paths, conns, args.seconds, args.out, f"warm-nginx-{conns}")
            what = f"(b) warm PNG base map, {len(paths)} cached tiles, wrk {conns} connections"
            met = ours["rate"] / peer["rate"] >= 0.7 and (conns != 16 or ours["p99"] < 10)
            rows.append((what, "One Map", f"{ours['rate']:.0f} tiles/s", f"p99 {ours['p99']:.1f} ms", err(ours)))
            rows.append(
                (
                    "",
                    "nginx static files",
                    f"{peer['rate']:.0f} tiles/s",
                    f"p99 {peer['p99']:.1f} ms",
                    f"{ours['rate'] / peer['rate']:.0%} of nginx; goal ≥ 70%"
                    + (", p99 < 10 ms" if conns == 16 else "")
                    + (" ✓" if met else " ✗")
                    + err(peer),
                )
            )
    finally:
        nginx.terminate()
        nginx.wait()
    # Whether the warm rows were served from the cache: its own counters.
    status, _, stats = HTTP.request(f"{args.portal}/api/tiles/cache", headers=basic(args.admin))
    print(f"  tile cache after (b): {status} {stats[:400].decode(errors='replace')}")


def err(res):
    e = res.get("errors", 0)
    return f" ({e} errors)" if e else ""


def goal(ratio, target, text):
    return f"{ratio:.2f}× ; goal {text} {'✓' if ratio >= target else '✗'}"


def phase_mvt(args, rows, city, layers, auth):
    wm = matrices(args.portal, "WebMercatorQuad")
    lon, lat = (city[0] + city[2]) / 2, (city[1] + city[3]) / 2
    centre = mercator(lon, lat)
    tiles = [(z, c, r) for z in args.mvt_levels for c, r in block(wm[z], centre, args.block)]
    # Both sides are measured warm: each database backend pays PROJ's set-up (~0.5 s) at its first
    # ST_Transform and the JVM compiles the encoding path at its first tiles. The warm-up block is
    # one level deeper, so the measured tiles stay uncached.
    warm = [(str(int(z) + 1), c, r) for z in args.mvt_levels for c, r in block(wm[str(int(z) + 1)], centre, args.block)]
    attrs = [a["name"] for a in layers["city_parts"]["attributes"]]
    results = {}
    for name, portal in (("PostGIS", args.portal), ("H2GIS", args.h2_portal)):
        if not portal:
            continue
        urls = [f"{portal}/tiles/city_parts/WebMercatorQuad/{z}/{c}/{r}.mvt" for z, c, r in tiles]
        # Keys live in each portal's own database.
        key = auth if portal == args.portal else api_key(args, portal)
        fetch_all([f"{portal}/tiles/city_parts/WebMercatorQuad/{z}/{c}/{r}.mvt" for z, c, r in warm], args.clients, key, is_mvt_or_empty)
        results[name] = fetch_all(urls, args.clients, key, is_mvt_or_empty)
        if results[name]["errors"]:
            print(f"  MVT on {name}: {results[name]['errors']} errors, e.g. {results[name]['first_error']}")
    bare = bare_st_asmvt(args, tiles, attrs, warm)
    what = f"(c) MVT city_parts, WebMercatorQuad z{','.join(args.mvt_levels)}, {len(tiles)} tiles, {args.clients} clients"
    first = True
    for name, res in results.items():
        ratio = bare["rate"] / res["rate"]
        rows.append(
            (
                what if first else "",
                f"One Map on {name}",
                f"{res['rate']:.1f} tiles/s",
                f"p99 {res['p99']:.0f} ms",
                f"bare/ours {ratio:.2f}× ; goal ≤ 1.3× {'✓' if ratio <= 1.3 else '✗'}" + err(res),
            )
        )
        first = False
    rows.append(("", "bare ST_AsMVT (psql, PostGIS)", f"{bare['rate']:.1f} tiles/s", "", ""))


def bare_st_asmvt(args, tiles, attrs, warm):
    """One ST_AsMVT query per tile, split over `clients` psql sessions that first run the warm-up
    tiles; tiles/s over the slowest session's summed query times of the measured tiles."""
    cols = ", ".join(f'"{a}"' for a in attrs)
    parts = [[] for _ in range(args.clients)]
    for i, (z, x, y) in enumerate(warm + tiles):
        parts[i % args.clients].append(
            "SELECT ST_AsMVT(q, 'city_parts', 4096, 'geom') FROM (SELECT "
            f"ST_AsMVTGeom(ST_Transform(geom, 3857), ST_TileEnvelope({z}, {x}, {y}), 4096, 64, true) AS geom, {cols} "
            "FROM l_city_parts WHERE geom && ST_Transform(ST_TileEnvelope("
            f"{z}, {x}, {y}, margin => 64.0 / 4096), 4490) AND valid_to IS NULL AND op <> 'D') q;"
        )
    files = []
    for i, p in enumerate(parts):
        f = os.path.join(args.out, f"bare-mvt-{i}.sql")
        with open(f, "w") as out:
            out.write("\\o /dev/null\n\\timing on\n" + "\n".join(p) + "\n")
        files.append(f)
    cmd = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(args.pg_port), "-U", "postgres", "-d", "gis"]
    procs = [subprocess.Popen(cmd + ["-f", f], stdout=subprocess.PIPE, text=True) for f in files]
    outputs = [p.communicate()[0] for p in procs]
    if any(p.returncode != 0 for p in procs):
        raise SystemExit("the bare ST_AsMVT loop failed")
    slowest = 0.0
    for i, text in enumerate(outputs):
        times = [float(l.split()[1]) for l in text.splitlines() if l.startswith("Time:")]
        warmups = len(range(i, len(warm), args.clients))
        slowest = max(slowest, sum(times[warmups:]) / 1000)
    return {"rate": len(tiles) / slowest}


def phase_edit(args, rows, city, cm):
    """Inserts a small building in a cached tile over WFS-T; polls until the tile's ETag changes."""
    level = args.edit_level
    m = cm[level]
    cx, cy = (city[0] + city[2]) / 2, (city[1] + city[3]) / 2
    took, edits = [], []
    for i in range(args.edits):
        x, y = cx + 0.003 * i, cy - 0.002 * i
        col, row = m.col_row(x, y)
        env = m.envelope(col, row)
        url = f"{args.portal}/tiles/basemap/c/{level}/{col}/{row}.png"
        for _ in range(2):  # rendered, then served from the cache
            status, h, _ = HTTP.request(url)
        etag = h.get("etag", "")
        side = (env[2] - env[0]) / 8
        x0, y0 = (env[0] + env[2]) / 2 - side / 2, (env[1] + env[3]) / 2 - side / 2
        ring = [(x0, y0), (x0 + side, y0), (x0 + side, y0 + side), (x0, y0 + side), (x0, y0)]
        pos = " ".join(f"{py:.9f} {px:.9f}" for px, py in ring)
        xml = (
            '<wfs:Transaction service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0" '
            'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:onemap="http://onemap.meizhou.gov.cn/onemap">'
            '<wfs:Insert><onemap:buildings><onemap:geom><gml:Polygon gml:id="p" srsName="urn:ogc:def:crs:EPSG::4490">'
            f"<gml:exterior><gml:LinearRing><gml:posList>{pos}</gml:posList></gml:LinearRing></gml:exterior>"
            "</gml:Polygon></onemap:geom>"
            f"<onemap:code>BENCH{i:04d}</onemap:code><onemap:use>住宅</onemap:use><onemap:floors>3</onemap:floors>"
            "<onemap:height_m>9.0</onemap:height_m><onemap:structure>砖混</onemap:structure>"
            "<onemap:year_built>2026</onemap:year_built><onemap:bgid>441402000000</onemap:bgid>"
            "</onemap:buildings></wfs:Insert></wfs:Transaction>"
        )
        t0 = time.perf_counter()
        status, _, body = HTTP.request(
            f"{args.portal}/wfs", "POST", xml.encode(), {**basic(args.admin), "Content-Type": "application/xml"}
        )
        t1 = time.perf_counter()
        if status != 200 or b"totalInserted>1<" not in body:
            raise SystemExit(f"WFS-T insert failed: {status} {body[:400]!r}")
        fresh = None
        while time.perf_counter() - t0 < 30:
            status, h, _ = HTTP.request(url, headers={"If-None-Match": etag})
            if status == 200 and h.get("etag", "") != etag:
                fresh = time.perf_counter() - t0
                break
            time.sleep(0.005)
        edits.append(t1 - t0)
        took.append(fresh if fresh is not None else float("inf"))
    ok = [t for t in took if t != float("inf")]
    med = statistics.median(took) * 1000
    rows.append(
        (
            f"(e) edit → fresh tile: WFS-T insert of a building, c L{level}, {args.edits} edits",
            "One Map",
            f"median {med:.0f} ms, max {max(took) * 1000:.0f} ms",
            f"edit request {statistics.median(edits) * 1000:.0f} ms",
            f"{len(took) - len(ok)} stale; goal < 1 s {'✓' if ok and max(took) < 1 else '✗'}",
        )
    )


def phase_seed(args, rows, city, cm):
    lo, hi = args.seed_levels
    levels = [str(z) for z in range(lo, hi + 1)]
    n = sum(len(cm[z].covering(city)) for z in levels)
    body = json.dumps(
        {
            "tilesets": ["basemap"],
            "tileMatrixSet": "c",
            "fromLevel": str(lo),
            "toLevel": str(hi),
            "bbox": city,
            "formats": ["png"],
        }
    )
    headers = {**basic(args.admin), "Content-Type": "application/json", "X-OneMap-Client": "bench"}
    status, _, answer = HTTP.request(f"{args.portal}/api/tiles/seed", "POST", body, headers)
    how = "seed job (POST /api/tiles/seed)"
    start = time.perf_counter()
    if status == 202:
        job = json.loads(answer)
        job_url = f"{args.portal}/api/tiles/jobs/{job['id']}"
        while True:
            state = get_json(job_url, basic(args.admin))
            if state.get("state") in ("SUCCEEDED", "FAILED", "CANCELLED"):
                break
            time.sleep(1)
        wall = time.perf_counter() - start
        if state.get("state") != "SUCCEEDED":
            raise SystemExit(f"seed job ended {state}")
        report = state.get("report") or {}
        progress = report.get("progress") or state.get("progress") or {}
        done = n  # every tile of the area is cached now (the job counts metatiles)
        if report.get("seconds"):
            wall = report["seconds"]  # the job's own clock, without the polling slack
        rendered = progress.get("rendered")
        if rendered is not None:
            how += f", {rendered} rendered"
    else:
        print(f"no seed API ({status} {answer[:200]!r}): seeding by requesting every tile")
        how = "every tile requested"
        urls = [
            f"{args.portal}/tiles/basemap/c/{z}/{c}/{r}.png" for z in levels for c, r in cm[z].covering(city)
        ]
        res = fetch_all(urls, args.clients * 2, None, is_png)
        wall = time.perf_counter() - start
        done = n
        if res["errors"]:
            print(f"  seeding: {res['errors']} errors, e.g. {res['first_error']}")
    rows.append(
        (
            f"(d) seed base map, whole city, c L{lo}-{hi}, {how}",
            "One Map",
            f"{done / wall:.1f} tiles/s",
            f"{done} tiles in {wall:.1f} s",
            "",
        )
    )


# ---------------------------------------------------------------- the peer's data and map
# MapServer draws what our default styles draw (tile-service DefaultStyles): base lines with a white
# casing, water / buildings / admin outlines in their colours, pipelines in CJJ 61 colours.
def style_for(layer):
    key = (layer["id"] + " " + layer["title"]).lower()
    gt = layer["geometryType"].upper()
    if "LINE" in gt:
        return "LINE", (
            "    CLASS\n      STYLE COLOR 255 255 255 WIDTH 5 LINECAP ROUND LINEJOIN ROUND END\n"
            "      STYLE COLOR 140 140 140 WIDTH 3 LINECAP ROUND LINEJOIN ROUND END\n    END\n"
        )
    if "POLYGON" in gt:
        if any(k in key for k in ("water", "river", "水")):
            fill, line, width = "166 206 227", "91 155 213", 0.5
        elif any(k in key for k in ("building", "建筑")):
            fill, line, width = "217 217 217", "176 176 176", 0.5
        elif any(k in key for k in ("admin", "county", "town", "district", "行政", "区划")):
            return "POLYGON", "    CLASS\n      STYLE OUTLINECOLOR 123 31 162 WIDTH 1.5 PATTERN 8 4 END END\n    END\n"
        else:
            return "POLYGON", "    CLASS\n      STYLE OUTLINECOLOR 189 189 189 WIDTH 0.8 END\n    END\n"
        return "POLYGON", f"    CLASS\n      STYLE COLOR {fill} OUTLINECOLOR {line} WIDTH {width} END\n    END\n"
    return "POINT", '    CLASS\n      STYLE SYMBOL "circle" SIZE 6 COLOR 158 158 158 OUTLINECOLOR 255 255 255 END\n    END\n'


def write_peer(args):
    """Exports the base layers and the pipeline layer to GeoPackage and writes MapServer's map."""
    layers, base, _ = catalog(args)
    gpkg = os.path.join(args.out, "city.gpkg")
    pg = f"PG:host=127.0.0.1 port={args.pg_port} dbname=gis user=postgres"
    chosen = [l for l in base] + [layers[args.pipes]]
    if not os.path.exists(gpkg):
        for l in chosen:
            cols = ", ".join(f'"{a["name"]}"' for a in l["attributes"])
            name = "pipelines" if l["id"] == args.pipes else l["id"]
            subprocess.run(
                ["ogr2ogr", "-f", "GPKG", gpkg, pg, "-nln", name, "-a_srs", "EPSG:4490"]
                + (["-update"] if os.path.exists(gpkg) else [])
                + ["-sql", f'SELECT geom, {cols} FROM "l_{l["id"]}" WHERE valid_to IS NULL AND op <> \'D\''],
                check=True,
            )
    blocks = []
    for l in base:
        kind, classes = style_for(l)
        blocks.append(layer_block(l["id"], l["id"], kind, gpkg, classes))
    pipe_classes = "".join(
        f'    CLASS\n      EXPRESSION "{c}"\n      STYLE COLOR {rgb} WIDTH 2 LINECAP ROUND END\n    END\n'
        for c, rgb in (
            ("JS", "0 255 255"),
            ("PS", "139 69 19"),
            ("RQ", "255 0 255"),
            ("DL", "255 0 0"),
            ("TX", "0 176 80"),
            ("RL", "255 140 0"),
            ("GY", "0 0 0"),
        )
    ) + "    CLASS\n      STYLE COLOR 128 128 128 WIDTH 2 END\n    END\n"
    blocks.append(layer_block("pipelines", "pipelines", "LINE", gpkg, '    CLASSITEM "category"\n' + pipe_classes))
    with open(os.path.join(HERE, "city.map.in")) as f:
        text = f.read()
    text = text.replace("@LAYERS@", "".join(blocks)).replace("@PORT@", str(args.mapserver_port))
    with open(os.path.join(args.out, "city.map"), "w") as f:
        f.write(text)
    print(",".join(l["id"] for l in base))


def layer_block(name, table, kind, gpkg, classes):
    return (
        f'  LAYER\n    NAME "{name}"\n    TYPE {kind}\n    CONNECTIONTYPE OGR\n    CONNECTION "{gpkg}"\n'
        f'    DATA "{table}"\n    PROJECTION\n      "init=epsg:4490"\n    END\n{classes}  END\n'
    )


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--portal", required=True)
    p.add_argument("--h2-portal", default="")
    p.add_argument("--admin", required=True, help="user:password")
    p.add_argument("--mapserver", default="", help="WMS base URL ending in ? or &")
    p.add_argument("--pg-port", type=int, required=True)
    p.add_argument("--nginx-port", type=int, default=0)
    p.add_argument("--out", required=True)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--seconds", type=int, default=0)
    p.add_argument("--warmup", type=int, default=0, help="seconds of wrk load before the warm rows")
    p.add_argument("--pipes", default="pipe_jp_segments")
    p.add_argument("--base-layers", default="")
    p.add_argument("--write-peer", action="store_true", help="export the GeoPackage, write city.map, print the base layers")
    p.add_argument("--mapserver-port", type=int, default=0)
    args = p.parse_args()
    if args.write_peer:
        return write_peer(args)
    args.clients = os.cpu_count() or 2
    args.block = 8 if args.quick else 16
    args.cold_levels = ["16"] if args.quick else ["16", "17"]
    args.mvt_levels = ["15"] if args.quick else ["15", "16"]
    args.seed_levels = (12, 15) if args.quick else (12, 18)
    args.edit_level = "18"
    args.edits = 3 if args.quick else 7
    args.seconds = args.seconds or (5 if args.quick else 15)
    args.warmup = args.warmup or (30 if args.quick else 60)

    layers, base, city = catalog(args)
    args.base_layers = args.base_layers.split(",") if args.base_layers else [l["id"] for l in base]
    auth = api_key(args)
    cm = matrices(args.portal, "c")
    rows = []
    print(f"city {city}, base layers {args.base_layers}, {args.clients} clients", flush=True)
    print("(a) cold...", flush=True)
    warm_paths = phase_cold(args, rows, city, cm, args.pipes, auth)
    print("(b) warm...", flush=True)
    phase_warm(args, rows, warm_paths)
    print("(c) MVT...", flush=True)
    phase_mvt(args, rows, city, layers, auth)
    print("(e) edit to fresh...", flush=True)
    phase_edit(args, rows, city, cm)
    print("(d) seeding...", flush=True)
    phase_seed(args, rows, city, cm)

    widths = [max(len(str(r[i])) for r in rows) for i in range(5)]
    head = ("test", "server", "throughput", "latency / detail", "vs peer and goal")
    widths = [max(w, len(h)) for w, h in zip(widths, head)]
    print(f"\nTile benchmark, this machine ({args.clients} cores){' --quick' if args.quick else ''}")
    print(" | ".join(h.ljust(w) for h, w in zip(head, widths)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(str(c).ljust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    sys.exit(main())
