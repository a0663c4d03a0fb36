/**
 * The page's first requests, sent before the rest of the bundle is evaluated (this module is the
 * entry's first import): the map waits on them, not on OpenLayers' start-up. Each is handed out
 * once; a later call asks the server again.
 */
export const CLIENT_HEADER = { 'X-OneMap-Client': 'portal' };

const FIRST = ['/api/health', '/api/me', '/api/layers', '/ogcapi/tileMatrixSets/c'];
const started = new Map(
  FIRST.map((path) => [
    path,
    fetch(path, {
      credentials: 'same-origin',
      headers: { ...CLIENT_HEADER, Accept: 'application/json' },
    }),
  ]),
);
for (const response of started.values()) response.catch(() => {});

/** The response of a first request to `path`, once; undefined if it was not one or was taken. */
export function takeEarly(path) {
  const response = started.get(path);
  started.delete(path);
  return response;
}
