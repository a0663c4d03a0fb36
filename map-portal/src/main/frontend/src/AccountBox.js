import { api } from './api.js';
import { ACCOUNT } from './messages.js';

/** Sign-in form, or the signed-in user's name with a sign-out button. */
export class AccountBox {
  /**
   * @param {HTMLElement} element
   * @param {() => void} onChange called after signing in or out, to reload the catalog
   */
  constructor(element, onChange) {
    this.element = element;
    this.onChange = onChange;
  }

  /** @param {{authenticated: boolean, displayName: string, department?: string}} me */
  render(me) {
    this.element.replaceChildren();
    if (me.authenticated) {
      const who = document.createElement('span');
      who.textContent = `${me.displayName}${me.department ? ` · ${me.department}` : ''}`;
      const out = document.createElement('button');
      out.textContent = ACCOUNT.signOut;
      out.addEventListener('click', async () => {
        await api.logout();
        this.onChange();
      });
      this.element.append(who, out);
      return;
    }
    // On a phone the form folds behind a button (style.css shows it there only).
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'account-toggle';
    toggle.textContent = ACCOUNT.signIn;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.addEventListener('click', () => {
      const open = this.element.classList.toggle('open');
      toggle.setAttribute('aria-expanded', String(open));
      if (open) form.querySelector('input').focus();
    });
    this.element.classList.remove('open');
    const form = document.createElement('form');
    const username = Object.assign(document.createElement('input'), { name: 'username', placeholder: ACCOUNT.username, autocomplete: 'username', required: true });
    const password = Object.assign(document.createElement('input'), { name: 'password', type: 'password', placeholder: ACCOUNT.password, autocomplete: 'current-password', required: true });
    username.setAttribute('aria-label', ACCOUNT.username);
    password.setAttribute('aria-label', ACCOUNT.password);
    const submit = Object.assign(document.createElement('button'), { type: 'submit', textContent: ACCOUNT.signIn });
    const error = Object.assign(document.createElement('span'), { className: 'error' });
    error.setAttribute('role', 'alert');
    form.append(username, password, submit, error);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      try {
        await api.login(data.get('username'), data.get('password'));
        this.onChange();
      } catch (error) {
        form.querySelector('.error').textContent = error.status === 401 ? ACCOUNT.wrongPassword : error.message;
      }
    });
    this.element.append(toggle, form);
  }
}
