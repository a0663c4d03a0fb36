import { ADMIN } from '../../messages.js';
import { button, el, field, jsonCall, notice, roleBoxes, roleNames, table, when } from './ui.js';

const T = ADMIN.users;

/**
 * Users (ADMIN): the accounts with roles, department and state; create one, edit its display name,
 * department and roles, disable / enable it, give it a new password (shown once) and unlock it
 * after failed sign-ins. Everything goes through /api/admin/users (audited there).
 */
export default function create(ctx) {
  const status = notice();
  const list = el('div', { class: 'admin-list' });
  const count = el('p', { class: 'admin-count' });
  const element = el('section', { class: 'admin-tool admin-users' }, newUserForm(), status.node, count, list);

  function newUserForm() {
    const username = el('input', { name: 'username', autocomplete: 'off', maxlength: '64', required: true });
    const password = el('input', { name: 'password', type: 'text', autocomplete: 'off', required: true });
    const displayName = el('input', { name: 'displayName', maxlength: '100' });
    const department = el('input', { name: 'department', maxlength: '100' });
    const roles = roleBoxes(['VIEWER']);
    const form = el(
      'form',
      { class: 'admin-form', 'aria-label': T.heading },
      el('h3', {}, `${ADMIN.create}${T.heading}`),
      field(T.username, username),
      field(T.password, password),
      field(T.displayName, displayName),
      field(T.department, department),
      field(T.roles, roles.node),
      el('button', { type: 'submit' }, ADMIN.create),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!username.value.trim() || !password.value) return status.show(T.needName, 'error');
      try {
        await jsonCall(ctx, 'POST', '/api/admin/users', {
          username: username.value.trim(),
          password: password.value,
          displayName: displayName.value.trim() || username.value.trim(),
          department: department.value.trim() || null,
          roles: roles.value(),
        });
        status.show(T.created_(username.value.trim()));
        form.reset();
        await refresh();
      } catch (e) {
        status.show(e.message, 'error');
      }
    });
    return form;
  }

  async function act(promise, done) {
    try {
      const result = await promise;
      if (done) status.show(done(result), done.kind ?? 'ok');
      await refresh();
    } catch (e) {
      status.show(e.message, 'error');
    }
  }

  function editor(user, row) {
    const displayName = el('input', { name: 'displayName', value: user.displayName ?? '' });
    const department = el('input', { name: 'department', value: user.department ?? '' });
    const roles = roleBoxes(user.roles);
    const form = el(
      'form',
      { class: 'admin-form admin-inline' },
      field(T.displayName, displayName),
      field(T.department, department),
      field(T.roles, roles.node),
      el('div', { class: 'admin-actions' }, el('button', { type: 'submit' }, ADMIN.save), button(ADMIN.cancel, () => refresh())),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(
        jsonCall(ctx, 'PATCH', `/api/admin/users/${encodeURIComponent(user.name)}`, {
          displayName: displayName.value.trim(),
          department: department.value.trim(),
          roles: roles.value(),
        }),
        () => ADMIN.saved,
      );
    });
    row.after(el('tr', { class: 'admin-edit-row' }, el('td', { colspan: '6' }, form)));
  }

  function row(user) {
    const path = `/api/admin/users/${encodeURIComponent(user.name)}`;
    const tr = el('tr', { dataset: { user: user.name } });
    const actions = el(
      'div',
      { class: 'admin-actions' },
      button(T.edit, () => editor(user, tr), { dataset: { action: 'edit' } }),
      user.enabled
        ? button(T.disable, () => confirm(ADMIN.confirmDisable(user.name)) && act(jsonCall(ctx, 'PATCH', path, { enabled: false })), { dataset: { action: 'disable' } })
        : button(T.enable, () => act(jsonCall(ctx, 'PATCH', path, { enabled: true })), { dataset: { action: 'enable' } }),
      button(T.resetPassword, () => act(jsonCall(ctx, 'POST', `${path}/reset-password`), Object.assign((r) => T.newPassword(r.username, r.password), { kind: 'secret' })), { dataset: { action: 'reset' } }),
      button(T.unlock, () => act(jsonCall(ctx, 'POST', `${path}/unlock`), () => T.unlocked(user.name)), { dataset: { action: 'unlock' } }),
    );
    tr.append(
      el('td', {}, el('strong', {}, user.name), el('br'), el('small', {}, user.displayName ?? '')),
      el('td', {}, user.department ?? ADMIN.none),
      el('td', {}, roleNames(user.roles)),
      el('td', { class: user.enabled ? 'state-ok' : 'state-off' }, user.enabled ? T.enabled : T.disabled),
      el('td', {}, when(user.createdAt)),
      el('td', {}, actions),
    );
    return tr;
  }

  async function refresh() {
    try {
      const users = await ctx.api.call('/api/admin/users');
      count.textContent = T.count(users.length);
      list.replaceChildren(table([T.username, T.department, T.roles, T.state, T.created, ''], users.map(row)));
    } catch (e) {
      status.show(e.message, 'error');
    }
  }

  return {
    element,
    open() {
      status.clear();
      refresh();
    },
  };
}
