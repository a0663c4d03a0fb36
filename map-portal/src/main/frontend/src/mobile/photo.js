/**
 * A camera photo made fit to send: JPEG or PNG under the server's 10 MB, at most 2560 px on its
 * long side. Photos already small JPEG/PNG files are kept as they are (the server reads their
 * EXIF position, then strips it); others (HEIC, huge) are redrawn as JPEG in a canvas.
 * @param {File|Blob} file
 * @returns {Promise<Blob>}
 */
export async function preparePhoto(file, { maxBytes = 4 * 1024 * 1024, maxSide = 2560 } = {}) {
  if ((file.type === 'image/jpeg' || file.type === 'image/png') && file.size <= maxBytes) return file;
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('photo could not be encoded'))), 'image/jpeg', 0.85),
  );
}

/** A new idempotency key (a UUID), made when 提交 is pressed. */
export function newKey() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const x = [...b].map((v) => v.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
