import { ADMIN } from '../../messages.js';

/** Small DOM helpers shared by the admin tools (no framework). */

/** An element with attributes / properties and children (strings become text). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function button(text, onclick, props = {}) {
  return el('button', { type: 'button', onclick, ...props }, text);
}

/** A labelled input (the label wraps it, so a click on the text focuses the field). */
export function field(label, input) {
  return el('label', { class: 'admin-field' }, el('span', {}, label), input);
}

/** A scrollable table: headers and rows of cells (strings or nodes). */
export function table(headers, rows, props = {}) {
  // Each cell names its column, so that on a phone a row can be shown as a card (style.css).
  for (const row of rows) {
    [...row.children].forEach((cell, i) => {
      if (headers[i] && !cell.hasAttribute('colspan') && !cell.dataset.label) cell.dataset.label = headers[i];
    });
  }
  return el(
    'div',
    { class: 'admin-table-wrap' },
    el(
      'table',
      { class: 'admin-table', ...props },
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows),
    ),
  );
}

/** A status line: `show(text, 'error'|'ok'|'secret')`. */
export function notice() {
  const node = el('p', { class: 'admin-notice', role: 'status', hidden: true });
  return {
    node,
    show(text, kind = 'ok') {
      node.hidden = !text;
      node.textContent = text ?? '';
      node.dataset.kind = kind;
      // A long list may have scrolled it away (e.g. a new password shown after a click far below).
      if (text) node.scrollIntoView?.({ block: 'nearest' });
    },
    clear() {
      node.hidden = true;
      node.textContent = '';
    },
  };
}

/** Checkboxes for roles; `value()` the chosen ones. */
export function roleBoxes(chosen = []) {
  const boxes = Object.entries(ADMIN.roles).map(([role, title]) =>
    el('label', { class: 'admin-check' }, el('input', { type: 'checkbox', value: role, checked: chosen.includes(role), name: 'role' }), title),
  );
  const node = el('div', { class: 'admin-checks' }, boxes);
  return { node, value: () => [...node.querySelectorAll('input:checked')].map((i) => i.value) };
}

export const roleNames = (roles) => (roles ?? []).map((r) => ADMIN.roles[r] ?? r).join('、');

/** An instant as local date and time (YYYY-MM-DD HH:mm), or — . */
export function when(instant) {
  if (!instant) return ADMIN.none;
  const d = new Date(instant);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** JSON call helpers on ctx.api.call. */
export function jsonCall(ctx, method, path, body) {
  return ctx.api.call(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
