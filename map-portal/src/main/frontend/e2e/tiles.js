// Helpers of the map e2e test for the page's tiles: which WMTS and vector tiles the browser got.

const WMTS_TILE = /\/wmts\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\/(\d+)\/(\d+)\.(png|jpg)(\?|$)/;
const VECTOR_TILE = /\/tiles\/([^/]+)\/([^/]+)\/([^/]+)\/(\d+)\/(\d+)\.(mvt|pbf)(\?|$)/;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Records every tile response of the page: {kind, tileset, tms, status, type, body (promise)}. */
export function tileCounter(page) {
  const seen = [];
  page.on('response', (response) => {
    const url = response.url();
    const wmts = WMTS_TILE.exec(url);
    const vector = VECTOR_TILE.exec(url);
    if (!wmts && !vector) return;
    seen.push({
      kind: wmts ? 'wmts' : 'mvt',
      url,
      tileset: decodeURIComponent(wmts ? wmts[1] : vector[1]),
      tms: decodeURIComponent(wmts ? wmts[3] : vector[2]),
      status: response.status(),
      type: response.headers()['content-type'] ?? '',
      etag: response.headers()['etag'] ?? '',
      body: response.body().catch(() => Buffer.alloc(0)),
    });
  });
  return seen;
}

/**
 * Asserts that each of `tilesets` got at least `min` WMTS tiles in `grid`, every one a 200 with a
 * non-empty PNG and a strong ETag, and that no tile of them failed. Returns the count per tileset.
 */
export async function checkTiles(seen, fail, { grid, tilesets, min }) {
  const counts = {};
  for (const tileset of tilesets) {
    const mine = seen.filter((t) => t.kind === 'wmts' && t.tileset === tileset && t.tms === grid);
    const bad = mine.filter((t) => t.status >= 400);
    if (bad.length) fail(`${bad.length} ${tileset} tiles failed, e.g. ${bad[0].status} ${bad[0].url}`);
    let ok = 0;
    for (const t of mine.filter((t) => t.status === 200)) {
      const body = await t.body;
      const png = body.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => body[i] === b);
      if (!png || !t.type.startsWith('image/png')) fail(`${t.url} is not a PNG (${t.type}, ${body.length} bytes)`);
      if (!/^"[^"]+"$/.test(t.etag)) fail(`${t.url} has no strong ETag: ${t.etag}`);
      ok++;
    }
    if (ok < min) fail(`only ${ok} ${tileset} tiles in ${grid} loaded with 200 (want ${min})`);
    counts[tileset] = ok;
  }
  return counts;
}

/** Waits until no tile is in flight, some layer has drawn, and the map has rendered that. */
export async function waitDrawn(page) {
  await page.waitForFunction(
    () => document.body.dataset.loading === '0' && Number(document.body.dataset.features ?? 0) > 0,
    null,
    { timeout: 30000 },
  );
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        window.onemap.map.once('rendercomplete', () => resolve());
        window.onemap.map.render();
      }),
  );
}

/** Fetches a URL inside the page (its session, its cookies); returns status, type and bytes. */
export async function fetchInPage(page, url) {
  const r = await page.evaluate(async (u) => {
    const response = await fetch(u, { credentials: 'same-origin' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, type: response.headers.get('content-type') ?? '', bytes: [...bytes] };
  }, url);
  return { ...r, bytes: Uint8Array.from(r.bytes) };
}
