/**
 * The app's icons as inline SVG (24×24, stroked in currentColor), so they draw the same on every
 * phone: no emoji font is needed.
 */
const PATHS = {
  grid: 'M3 6l6-3 6 3 6-3v15l-6 3-6-3-6 3z M9 3v15 M15 6v15',
  report: 'M12 5v14 M5 12h14',
  tasks: 'M4 12l5 5L20 6',
  mine: 'M5 6h14 M5 12h14 M5 18h14',
  parts: 'M12 3a4 4 0 1 0 0 8a4 4 0 1 0 0-8 M5 21v-3a4 4 0 0 1 4-4h6a4 4 0 0 1 4 4v3',
  camera: 'M4 8h3l2-3h6l2 3h3v11H4z M12 10.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7',
};

/** @param {keyof typeof PATHS} name @returns {SVGSVGElement} */
export function icon(name) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', `m-icon m-icon-${name}`);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  path.setAttribute('stroke-linecap', 'round');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}
