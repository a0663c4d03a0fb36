/**
 * The portal's REST API. Every call sends X-OneMap-Client, which the server requires for
 * state-changing requests made with the session cookie (its CSRF defence).
 */
import { CLIENT_HEADER, takeEarly } from './boot.js';
import { ERRORS } from './messages.js';

export class ApiError extends Error {
  constructor(status, body) {
    super(`${ERRORS[body.error] ?? ERRORS.failed}: ${body.message ?? status}`);
    this.status = status;
    this.code = body.error;
  }
}

/**
 * A JSON call to the portal's own API (same origin, session cookie, CSRF header).
 * @returns {Promise<any>} the parsed body; throws ApiError with a Chinese message on 4xx/5xx
 */
export async function call(path, options = {}) {
  const early = options.method === undefined || options.method === 'GET' ? takeEarly(path) : undefined;
  const response = await (early ??
    fetch(path, {
      ...options,
      credentials: 'same-origin',
      headers: { ...CLIENT_HEADER, ...(options.headers ?? {}) },
    }));
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

export const api = {
  me: () => call('/api/me'),
  layers: () => call('/api/layers'),
  feature: (layerId, featureId) =>
    call(`/api/layers/${encodeURIComponent(layerId)}/features/${encodeURIComponent(featureId)}`),
  login: (username, password) =>
    call('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    }),
  logout: () => call('/api/auth/logout', { method: 'POST' }),
  geocode: (q, limit = 5) => call(`/api/geocode?limit=${limit}&q=${encodeURIComponent(q)}`),
  reverse: (x, y, radius = 100) => call(`/api/reverse-geocode?x=${x}&y=${y}&radius=${radius}`),
  /** Starts a batch: multipart upload of a CSV file with the address column's name. */
  startBatch: (file, column, encoding) => {
    const form = new FormData();
    form.append('file', file);
    const params = new URLSearchParams({ column });
    if (encoding) params.set('encoding', encoding);
    return call(`/api/geocode/batch?${params}`, { method: 'POST', body: form });
  },
  batch: (id) => call(`/api/geocode/batch/${encodeURIComponent(id)}`),
  cancelBatch: (id) => call(`/api/geocode/batch/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  reviewItems: (status = 'pending', source = '', offset = 0, limit = 20) =>
    call(`/api/geocode/review?${new URLSearchParams({ status, source, offset, limit })}`),
  confirmReview: (id) => call(`/api/geocode/review/${id}/confirm`, { method: 'POST' }),
  correctReview: (id, code) =>
    call(`/api/geocode/review/${id}/correct`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    }),
  rejectReview: (id, note) =>
    call(`/api/geocode/review/${id}/reject`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ note }),
    }),
};
