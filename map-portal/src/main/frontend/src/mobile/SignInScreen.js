import { MOBILE } from '../messages.js';
import { mobileApi } from './mobileApi.js';
import { h } from './dom.js';

/** The sign-in form; resolves `onSignedIn` with /api/me once the session cookie is set. */
export class SignInScreen {
  /** @param {(me: object) => void} onSignedIn */
  constructor(onSignedIn) {
    const message = h('p', { class: 'm-error', role: 'alert' });
    const username = h('input', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'off' });
    const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const submit = h('button', { type: 'submit', class: 'm-primary' }, MOBILE.signIn.submit);
    this.element = h(
      'form',
      {
        class: 'm-signin',
        onsubmit: async (event) => {
          event.preventDefault();
          submit.disabled = true;
          message.textContent = '';
          try {
            await mobileApi.login(username.value.trim(), password.value);
            onSignedIn(await mobileApi.me());
          } catch (e) {
            message.textContent = MOBILE.signIn.failed(e.message);
          } finally {
            submit.disabled = false;
          }
        },
      },
      h('img', { src: '/m-icon.svg', alt: '', class: 'm-logo' }),
      h('h1', {}, MOBILE.appName),
      h('label', {}, MOBILE.signIn.username, username),
      h('label', {}, MOBILE.signIn.password, password),
      submit,
      message,
    );
  }
}
