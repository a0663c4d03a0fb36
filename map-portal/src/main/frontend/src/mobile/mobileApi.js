/**
 * The portal's REST API as the mobile app calls it: same origin, session cookie, and the
 * `X-OneMap-Client: m` header the server's CSRF rule asks of state-changing requests.
 */
import { MOBILE } from '../messages.js';

const HEADERS = { 'X-OneMap-Client': 'm', Accept: 'application/json' };

/** A failed call: HTTP status, the server's error code, and whether trying again later may help. */
export class MobileApiError extends Error {
  /**
   * @param {number} status 0 when the request never reached the server
   * @param {string|undefined} code
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
    // Offline, server trouble, a lapsed session: the outbox keeps the report and tries again.
    this.retryable = status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
  }
}

/** @returns {Promise<any>} the parsed JSON body; throws MobileApiError */
export async function call(path, options = {}) {
  let response;
  try {
    response = await fetch(path, {
      ...options,
      credentials: 'same-origin',
      headers: { ...HEADERS, ...(options.headers ?? {}) },
    });
  } catch (e) {
    throw new MobileApiError(0, 'network', MOBILE.errors.network);
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const text = MOBILE.errors[body.error] ?? body.message ?? `HTTP ${response.status}`;
    throw new MobileApiError(response.status, body.error, text);
  }
  return body;
}

function json(method, body) {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

export const mobileApi = {
  me: () => call('/api/me'),
  login: (username, password) => call('/api/auth/login', json('POST', { username, password })),
  logout: () => call('/api/auth/logout', { method: 'POST' }),
  myGrids: () => call('/api/cases/grids'),
  gridFeatures: (codes) =>
    call(`/api/layers/unit_grids/features?limit=100&filter=${encodeURIComponent(`bgid IN (${codes.map((c) => `'${c.replace(/'/g, "''")}'`).join(',')})`)}`),
  categories: () => call('/api/cases/categories'),
  cases: (limit = 50) => call(`/api/cases?limit=${limit}`),
  getCase: (no) => call(`/api/cases/${encodeURIComponent(no)}`),
  report: (report) => call('/api/cases', json('POST', report)),
  photos: (no) => call(`/api/cases/${encodeURIComponent(no)}/photos`),
  /** Uploads a JPEG or PNG as multipart `file` for a stage (REPORT, HANDLE, VERIFY). */
  uploadPhoto: (no, stage, blob) => {
    const form = new FormData();
    form.append('file', blob, blob.type === 'image/png' ? 'photo.png' : 'photo.jpg');
    return call(`/api/cases/${encodeURIComponent(no)}/photos?stage=${stage}`, { method: 'POST', body: form });
  },
  tasks: () => call('/api/tasks'),
  complete: (id, outcome, note) => call(`/api/tasks/${encodeURIComponent(id)}/complete`, json('POST', { outcome, note })),
  /** Uploads a patrol {patrolId, grid, points: [{lon, lat, t, accuracy}]}; a resend returns the stored one. */
  uploadPatrol: (body) => call('/api/patrols', json('POST', body)),
  coverage: (grid, period = 'today') => call(`/api/patrols/coverage?grid=${encodeURIComponent(grid)}&period=${period}`),
  gridParts: (grid, limit = 500) => call(`/api/cases/grids/${encodeURIComponent(grid)}/parts?limit=${limit}`),
  /** Records an inspection; `inspectedAt` (ISO) is when it was made, so a resend records nothing twice. */
  inspectPart: (objId, result, note, inspectedAt) => call(`/api/parts/${encodeURIComponent(objId)}/inspections`, json('POST', { result, note, inspectedAt })),
};
