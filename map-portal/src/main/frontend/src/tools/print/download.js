import { ApiError } from '../../api.js';

const CLIENT_HEADER = { 'X-OneMap-Client': 'portal' };

/** Saves a blob under `name` through a temporary link (the browser's download). */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/**
 * A POST of JSON whose answer is a file (200) or a job (202, JSON). Errors throw ApiError with the
 * Chinese message.
 * @returns {Promise<{blob?: Blob, job?: object}>}
 */
export async function postForFile(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...CLIENT_HEADER, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status === 202) return { job: await response.json() };
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => ({})));
  }
  return { blob: await response.blob() };
}

/** A GET of a file (a finished job's result). */
export async function getFile(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: CLIENT_HEADER });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
  return response.blob();
}
