// Cross-origin access from a departmental web app, in Debian's Chromium (playwright-core).
// Usage: node e2e/cors.e2e.js <app-page-url> <other-page-url> <portal-base-url> <api-key> <password>
// Opens a page on the app's origin (allowed by onemap.cors.allowed-origins) and one on an origin
// that is not listed, calls the portal with fetch() from each and prints one JSON line with what
// each call saw; the Java test (CorsBrowserIT) judges it.
import { chromium } from 'playwright-core';

const [appUrl, otherUrl, portal, apiKey, password] = process.argv.slice(2);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

// Runs inside the page: every call reports its status and what the page could read, or the
// error a blocked call throws.
async function calls({ portal, apiKey, password }) {
  const out = {};
  async function call(name, url, init, read = (r) => r.text()) {
    try {
      const r = await fetch(portal + url, init);
      const body = await read(r);
      out[name] = { status: r.status, type: r.headers.get('Content-Type'), size: body.length ?? body.size, body: typeof body === 'string' ? body.slice(0, 200) : '' };
    } catch (e) {
      out[name] = { blocked: true, error: String(e) };
    }
  }
  await call('geocode', '/api/geocode?q=' + encodeURIComponent('广东省梅州市梅江区江南路1号'));
  await call('publicRest', '/api/layers/roads/features?limit=5');
  await call('keyRest', '/api/layers/gas_pipes/features', { headers: { 'X-API-Key': apiKey } });
  await call('wms', '/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=roads&STYLES=&CRS=EPSG:4490'
    + '&BBOX=24.29,116.09,24.31,116.11&WIDTH=64&HEIGHT=64&FORMAT=image/png', {}, (r) => r.blob());
  await call('wfs', '/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=roads&OUTPUTFORMAT=application/json');
  await call('ogcapi', '/ogcapi/collections/roads/items?f=json');
  await call('login', '/api/auth/login', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'X-OneMap-Client': 'dept-app' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  await call('sessionRest', '/api/layers/gas_pipes/features', { credentials: 'include' });
  return out;
}

try {
  const result = {};
  for (const [name, url] of [['app', appUrl], ['other', otherUrl]]) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    result[name] = await page.evaluate(calls, { portal, apiKey, password });
    await page.close();
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
