import { ADMIN } from '../../messages.js';
import { ApiError } from '../../api.js';
import { button, el, field, notice, table, when } from './ui.js';

const T = ADMIN.audit;
const PAGE = 20;

/**
 * The audit log (ADMIN): sign-ins, failed sign-ins and unlocks, key creation / use / revocation,
 * account, layer and setting changes; filters by type, actor and dates; paged, newest first (the
 * total comes in the X-Total-Count header of /api/admin/audit).
 */
export default function create() {
  const status = notice();
  const type = el('select', { name: 'type' }, Object.entries(T.types).map(([value, title]) => el('option', { value }, title)));
  const actor = el('input', { name: 'actor', maxlength: '100' });
  const from = el('input', { name: 'from', type: 'date' });
  const to = el('input', { name: 'to', type: 'date' });
  const form = el(
    'form',
    { class: 'admin-form admin-filters', 'aria-label': T.heading },
    field(T.type, type),
    field(T.actor, actor),
    field(T.from, from),
    field(T.to, to),
    el('button', { type: 'submit' }, T.search),
  );
  const total = el('p', { class: 'admin-count' });
  const list = el('div', { class: 'admin-list' });
  const prev = button(T.prev, () => load(offset - PAGE), { dataset: { action: 'prev' } });
  const next = button(T.next, () => load(offset + PAGE), { dataset: { action: 'next' } });
  const pager = el('div', { class: 'admin-actions admin-pager' }, prev, next);
  const element = el('section', { class: 'admin-tool admin-audit' }, form, status.node, total, list, pager);
  let offset = 0;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load(0);
  });

  async function load(at) {
    status.clear();
    if (from.value && to.value && from.value > to.value) return status.show(T.badRange, 'error');
    const params = new URLSearchParams({ offset: String(Math.max(0, at)), limit: String(PAGE) });
    if (type.value) params.set('action', type.value);
    if (actor.value.trim()) params.set('actor', actor.value.trim());
    if (from.value) params.set('from', from.value);
    if (to.value) params.set('to', to.value);
    try {
      // Not ctx.api.call: the total is in a header.
      const response = await fetch(`/api/admin/audit?${params}`, { credentials: 'same-origin', headers: { 'X-OneMap-Client': 'portal' } });
      const body = await response.json();
      if (!response.ok) throw new ApiError(response.status, body);
      offset = Math.max(0, at);
      const count = Number(response.headers.get('X-Total-Count') ?? body.length);
      total.textContent = T.total(count, offset + 1, offset + body.length);
      list.replaceChildren(
        table(
          [T.at, T.actor, T.action, T.target, T.detail, T.address],
          body.map((e) =>
            el(
              'tr',
              { dataset: { action: e.action } },
              el('td', {}, when(e.at)),
              el('td', {}, e.actor),
              el('td', { title: e.action }, T.actions[e.action] ?? e.action),
              el('td', {}, e.target ?? ''),
              el('td', { class: 'admin-detail' }, e.detail ?? ''),
              el('td', {}, e.remoteAddr ?? ''),
            ),
          ),
        ),
      );
      prev.disabled = offset === 0;
      next.disabled = offset + body.length >= count;
    } catch (e) {
      status.show(e.message, 'error');
    }
  }

  return { element, open: () => load(offset) };
}
