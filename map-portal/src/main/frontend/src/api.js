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
};
