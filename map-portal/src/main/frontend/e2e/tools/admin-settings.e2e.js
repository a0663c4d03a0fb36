// The admin's run-time settings: the CORS origins (a bad line refused in Chinese; a good list
// live at once) and the external WMTS base map. A second HTTP server on another port stands in for
// Tianditu: once configured, the base appears in the switch, its tiles are fetched from that
// server with the tk, drawn, and the page's CSP lists exactly that host beside our own origin.
import { createServer } from 'node:http';
import { deflateSync } from 'node:zlib';

/** A 256×256 PNG of one colour (the stand-in's tile, easy to find on the map canvas). */
function solidPng([r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, tail]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(256, 0);
  ihdr.writeUInt32BE(256, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: 256 }, () => [r, g, b]).flat())]);
  const raw = Buffer.concat(Array.from({ length: 256 }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const TILE_RGB = [214, 60, 170];

/** A stand-in tile server: every tile is one PNG (fetched from the portal once). */
async function tileServer(png) {
  const seen = [];
  const server = createServer((req, res) => {
    seen.push(req.url);
    res.writeHead(200, { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*' });
    res.end(png);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, seen, origin: `http://127.0.0.1:${server.address().port}` };
}

export const tests = [
  {
    name: 'admin settings: CORS origins and the external WMTS base map',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const tiles = await tileServer(solidPng(TILE_RGB));
      const corsBefore = await t.api('/api/admin/settings/cors');
      try {
        await t.open();
        await t.signIn();
        await t.tool('admin-settings');
        await page.locator('.admin-settings[data-ready="true"]').waitFor({ timeout: 10000 });
        const cors = page.locator('form[data-form="cors"]');
        await cors.locator('textarea').fill('https://zjj.meizhou.gov.cn\nftp://bad.example');
        await cors.locator('button[type="submit"]').click();
        const corsError = cors.locator('.admin-notice[data-kind="error"]');
        await corsError.waitFor({ timeout: 5000 });
        t.expect((await corsError.textContent()).includes('第 2 行'), `error: ${await corsError.textContent()}`);
        await cors.locator('textarea').fill(`https://zjj.meizhou.gov.cn\n${tiles.origin}/`);
        await cors.locator('button[type="submit"]').click();
        await cors.locator('.admin-notice[data-kind="ok"]').waitFor({ timeout: 5000 });
        const stored = await t.api('/api/admin/settings/cors');
        t.expect(stored.stored && stored.origins.join() === `https://zjj.meizhou.gov.cn,${tiles.origin}`, `stored ${JSON.stringify(stored)}`);
        const preflight = await fetch(new URL('/api/layers', t.base), {
          method: 'OPTIONS',
          headers: { Origin: tiles.origin, 'Access-Control-Request-Method': 'GET' },
        });
        t.expect(preflight.headers.get('access-control-allow-origin') === tiles.origin, 'the new origin gets no CORS answer');

        const base = page.locator('form[data-form="basemap"]');
        await base.locator('input[name="enabled"]').check();
        await base.locator('input[name="title"]').fill('天地图（测试）');
        await base.locator('input[name="urlTemplate"]').fill(`${tiles.origin}/{layer}_{matrixSet}/wmts/{z}/{x}`);
        await base.locator('button[type="submit"]').click();
        const baseError = base.locator('.admin-notice[data-kind="error"]');
        await baseError.waitFor({ timeout: 5000 });
        t.expect((await baseError.textContent()).includes('{TileMatrix}'), `error: ${await baseError.textContent()}`);
        await base.locator('input[name="urlTemplate"]').fill(`${tiles.origin}/{layer}_{matrixSet}/wmts?TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}`);
        await base.locator('input[name="layer"]').fill('vec');
        await base.locator('input[name="matrixSet"]').fill('c');
        await base.locator('select[name="grid"]').selectOption('c');
        await base.locator('input[name="tk"]').fill('e2eKey42');
        await base.locator('button[type="submit"]').click();
        await base.locator('.admin-notice[data-kind="ok"]').waitFor({ timeout: 5000 });
        await t.waitFor(async () => (await base.locator('.admin-hosts').textContent()).includes(tiles.origin), 'the CSP hosts line');
        await t.shot('settings');

        // A fresh page: the CSP allows exactly that host; the base is in the switch and draws.
        let policy = '';
        page.on('response', (r) => {
          if (r.request().resourceType() === 'document') policy = r.headers()['content-security-policy'] ?? '';
        });
        await t.open();
        const img = /img-src ([^;]*)/.exec(policy)?.[1].split(' ') ?? [];
        const connect = /connect-src ([^;]*)/.exec(policy)?.[1].split(' ') ?? [];
        t.expect(img.filter((s) => s.startsWith('http')).join() === tiles.origin, `img-src ${img}`);
        t.expect(connect.filter((s) => s.startsWith('http')).join() === tiles.origin, `connect-src ${connect}`);
        if (t.phone) await page.click('#sidebar-toggle');
        const radio = page.locator('input[name="basemap-style"][value="external"]');
        await radio.waitFor({ timeout: 10000 });
        const label = await page.locator('label', { has: radio }).textContent();
        t.expect(label.includes('天地图（测试）'), `switch label ${label}`);
        const before = tiles.seen.length;
        await radio.check();
        await t.waitFor(() => tiles.seen.length > before, 'tiles from the stand-in server');
        await t.waitDrawn();
        if (t.phone) await page.click('#sidebar-close');
        const asked = tiles.seen.slice(before);
        t.expect(asked.every((u) => u.startsWith('/vec_c/wmts?TILEMATRIX=') && u.endsWith('&tk=e2eKey42')), `tile URLs ${asked.slice(0, 3)}`);
        t.expect(await page.evaluate(() => document.body.dataset.baseMap) === 'external', 'the base map is not the external one');
        // The stand-in's colour covers most of the base layer's canvas (CORS-clean, so readable).
        const share = await page.evaluate(([r, g, b]) => {
          const c = document.querySelector('#map .ol-layer canvas');
          const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          let hit = 0;
          let n = 0;
          for (let i = 0; i < data.length; i += 64) {
            n++;
            if (Math.abs(data[i] - r) < 8 && Math.abs(data[i + 1] - g) < 8 && Math.abs(data[i + 2] - b) < 8) hit++;
          }
          return hit / n;
        }, TILE_RGB);
        t.expect(share > 0.5, `the stand-in's tiles cover only ${(share * 100).toFixed(0)} % of the base canvas`);
        await t.shot('external-base');
      } finally {
        await t.api('/api/admin/settings/basemap', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ enabled: false }) });
        await t.api('/api/admin/settings/cors', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ origins: corsBefore.origins }) });
        tiles.server.close();
      }
    },
  },
];
