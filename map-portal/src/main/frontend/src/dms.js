/**
 * Degrees as 度分秒 text, the one formatter of the page (status bar, search results, measured
 * azimuths). The value is rounded once, in units of the last shown second digit, so 59.995″ carries
 * into the minute and 59′60″ into the degree (never "60″"); a value that rounds to zero has no sign.
 * @param {number} value degrees, may be negative
 * @param {number} secondDigits decimals of the seconds (0–3)
 * @returns {string} e.g. `116°07′24.44″`, `-0°30′00.00″`; '—' for a value that is not finite
 */
export function formatDms(value, secondDigits = 2) {
  if (!Number.isFinite(value)) return '—';
  const unit = 10 ** secondDigits;
  let total = Math.round(Math.abs(value) * 3600 * unit);
  const sign = value < 0 && total > 0 ? '-' : '';
  const fraction = total % (60 * unit);
  total = (total - fraction) / (60 * unit);
  const minutes = total % 60;
  const degrees = (total - minutes) / 60;
  const width = secondDigits > 0 ? secondDigits + 3 : 2;
  const seconds = (fraction / unit).toFixed(secondDigits).padStart(width, '0');
  return `${sign}${degrees}°${String(minutes).padStart(2, '0')}′${seconds}″`;
}
