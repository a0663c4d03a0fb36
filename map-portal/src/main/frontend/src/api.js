/**
 * The portal's REST API. Every call sends X-OneMap-Client, which the server requires for
 * state-changing requests made with the session cookie (its CSRF defence).
 */
const CLIENT_HEADER = { 'X-OneMap-Client': 'portal' };

/** Chinese messages for the API's error codes; the server's English text is kept as detail. */
const MESSAGES = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '无权访问',
  LAYER_NOT_FOUND: '图层不存在',
  FEATURE_NOT_FOUND: '要素不存在',
  INVALID_FILTER: '筛选条件有误',
  BAD_REQUEST: '请求参数有误',
  RATE_LIMITED: '查询过于频繁',
  EMPTY_ADDRESS: '请输入地址',
  ADDRESS_TOO_LONG: '地址过长',
  INVALID_ADDRESS_CHARACTERS: '地址含有无效字符',
  UNKNOWN_COLUMN: '文件中没有该列',
  UPLOAD_TOO_LARGE: '文件过大',
  TOO_MANY_ROWS: '行数超过上限',
  GEOCODER_UNAVAILABLE: '地址引擎暂不可用',
  UNKNOWN_ADDRESS_CODE: '地址编码不存在',
  REVIEW_ITEM_CLOSED: '该条已处理',
};

export class ApiError extends Error {
  constructor(status, body) {
    super(`${MESSAGES[body.error] ?? '请求失败'}: ${body.message ?? status}`);
    this.status = status;
    this.code = body.error;
  }
}

async function call(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    credentials: 'same-origin',
    headers: { ...CLIENT_HEADER, ...(options.headers ?? {}) },
  });
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
