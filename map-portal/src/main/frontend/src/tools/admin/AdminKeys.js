import { ADMIN } from '../../messages.js';
import { button, el, field, jsonCall, notice, roleBoxes, roleNames, table, when } from './ui.js';

const T = ADMIN.keys;

/**
 * API keys (ADMIN): every key with its owner department, roles, allowed layers, creation, expiry
 * and last use; create one with an expiry and a layer list (the secret is shown once); revoke one.
 */
export default function create(ctx) {
  const status = notice();
  const count = el('p', { class: 'admin-count' });
  const list = el('div', { class: 'admin-list' });
  const layerChoice = el('select', { name: 'layers', multiple: true, size: '6' });
  const element = el('section', { class: 'admin-tool admin-keys' }, newKeyForm(), status.node, count, list);

  function newKeyForm() {
    const name = el('input', { name: 'name', maxlength: '100', required: true });
    const department = el('input', { name: 'department', maxlength: '100' });
    const expires = el('input', { name: 'expiresAt', type: 'date' });
    const roles = roleBoxes(['VIEWER']);
    const form = el(
      'form',
      { class: 'admin-form', 'aria-label': T.heading },
      el('h3', {}, `${ADMIN.create}${T.heading}`),
      field(T.name, name),
      field(T.department, department),
      field(T.roles, roles.node),
      field(T.expiresAt, expires),
      field(T.layers, layerChoice),
      el('small', {}, T.layersHint),
      el('button', { type: 'submit' }, ADMIN.create),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!name.value.trim()) return status.show(T.needName, 'error');
      let expiresAt = null;
      if (expires.value) {
        // The end of the chosen day in China time.
        expiresAt = new Date(`${expires.value}T23:59:59+08:00`).toISOString();
        if (new Date(expiresAt) <= new Date()) return status.show(T.pastExpiry, 'error');
      }
      try {
        const created = await jsonCall(ctx, 'POST', '/api/admin/api-keys', {
          name: name.value.trim(),
          department: department.value.trim() || null,
          roles: roles.value(),
          layers: [...layerChoice.selectedOptions].map((o) => o.value),
          expiresAt,
        });
        status.show(`${T.secret(created.name, created.apiKey)}（${ADMIN.copyHint}）`, 'secret');
        form.reset();
        await refresh(false);
      } catch (e) {
        status.show(e.message, 'error');
      }
    });
    return form;
  }

  function state(key) {
    if (key.revokedAt) return T.revoked;
    return key.active ? T.active : T.expired;
  }

  function row(key) {
    const title = (id) => ctx.layer(id)?.title ?? id;
    return el(
      'tr',
      { dataset: { key: key.id } },
      el('td', {}, el('strong', {}, key.name), el('br'), el('small', {}, key.id)),
      el('td', {}, key.department ?? ADMIN.none),
      el('td', {}, roleNames(key.roles)),
      el('td', {}, key.layers?.length ? key.layers.map(title).join('、') : ADMIN.allLayers),
      el('td', {}, when(key.createdAt)),
      el('td', {}, key.expiresAt ? when(key.expiresAt) : ADMIN.never),
      el('td', { class: 'key-last-used' }, key.lastUsedAt ? when(key.lastUsedAt) : ADMIN.never),
      el('td', { class: key.active ? 'state-ok' : 'state-off' }, state(key)),
      el(
        'td',
        {},
        key.revokedAt
          ? ''
          : button(
              T.revoke,
              async () => {
                if (!confirm(ADMIN.confirmRevoke(key.name))) return;
                try {
                  await ctx.api.call(`/api/admin/api-keys/${encodeURIComponent(key.id)}`, { method: 'DELETE' });
                  await refresh();
                } catch (e) {
                  status.show(e.message, 'error');
                }
              },
              { dataset: { action: 'revoke' } },
            ),
      ),
    );
  }

  async function refresh(clear = true) {
    if (clear) status.clear();
    try {
      const keys = await ctx.api.call('/api/admin/api-keys');
      count.textContent = T.count(keys.length);
      list.replaceChildren(
        table([T.name, T.department, T.roles, T.layers, T.created, T.expires, T.lastUsed, T.state, ''], keys.map(row)),
      );
    } catch (e) {
      status.show(e.message, 'error');
    }
  }

  function fillLayers() {
    const chosen = new Set([...layerChoice.selectedOptions].map((o) => o.value));
    layerChoice.replaceChildren(
      ...ctx.catalog().map((l) => el('option', { value: l.id, selected: chosen.has(l.id) }, `${l.title}（${l.id}）`)),
    );
  }
  ctx.on('catalog', fillLayers);

  return {
    element,
    open() {
      fillLayers();
      refresh();
    },
  };
}
