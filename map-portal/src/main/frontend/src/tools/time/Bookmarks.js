import { LINKS } from '../../messages.js';
import { links } from '../../permalink.js';
import { copyText } from '../../copyLink.js';

const MAX_NAME = 100;
const JSON_HEADERS = { 'Content-Type': 'application/json' };

/**
 * 书签: 复制链接 (the permalink of the current view), and the signed-in user's named bookmarks
 * (GET/POST /api/me/bookmarks, DELETE /api/me/bookmarks/{id}): save the current view under a name,
 * list, open, delete.
 */
export default function create(ctx) {
  const element = document.createElement('section');
  element.className = 'bookmarks';
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'copy-link';
  copy.textContent = LINKS.copy;
  const message = document.createElement('p');
  message.className = 'hint bookmarks-message';
  message.setAttribute('aria-live', 'polite');
  copy.addEventListener('click', async () => {
    links.current();
    message.className = 'hint bookmarks-message';
    message.textContent = await copyText(window.location.href);
  });
  const heading = document.createElement('h3');
  heading.textContent = LINKS.heading;
  const body = document.createElement('div');
  element.append(copy, message, heading, body);

  function say(text, isError = false) {
    message.className = isError ? 'error bookmarks-message' : 'hint bookmarks-message';
    message.textContent = text;
  }

  async function render() {
    body.replaceChildren();
    if (!ctx.me()?.authenticated) {
      const p = document.createElement('p');
      p.className = 'hint';
      p.textContent = LINKS.signIn;
      body.append(p);
      return;
    }
    const form = document.createElement('form');
    form.className = 'bookmark-form';
    const input = document.createElement('input');
    input.name = 'bookmark-name';
    input.maxLength = MAX_NAME;
    input.placeholder = LINKS.namePlaceholder;
    input.setAttribute('aria-label', LINKS.name);
    const save = document.createElement('button');
    save.type = 'submit';
    save.textContent = LINKS.save;
    form.append(input, save);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const name = input.value.trim();
      if (name.length === 0 || name.length > MAX_NAME) {
        say(LINKS.nameRequired, true);
        return;
      }
      try {
        await ctx.api.call('/api/me/bookmarks', {
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify({ name, state: links.current() }),
        });
        input.value = '';
        say(LINKS.saved(name));
        await list(ul);
      } catch (e) {
        say(e.message, true);
      }
    });
    const ul = document.createElement('ul');
    ul.className = 'bookmark-list';
    body.append(form, ul);
    await list(ul);
  }

  async function list(ul) {
    let bookmarks;
    try {
      bookmarks = await ctx.api.call('/api/me/bookmarks');
    } catch (e) {
      say(e.message, true);
      return;
    }
    ul.replaceChildren();
    if (bookmarks.length === 0) {
      const li = document.createElement('li');
      li.className = 'hint';
      li.textContent = LINKS.empty;
      ul.append(li);
    }
    for (const b of bookmarks) {
      const li = document.createElement('li');
      li.className = 'bookmark';
      li.dataset.id = String(b.id);
      const name = document.createElement('span');
      name.className = 'bookmark-name';
      name.textContent = b.name;
      name.title = LINKS.created(new Date(b.created).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }));
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'bookmark-open';
      open.textContent = LINKS.open;
      open.addEventListener('click', () => links.open(b.state));
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'bookmark-delete';
      remove.textContent = LINKS.delete;
      remove.addEventListener('click', async () => {
        try {
          await ctx.api.call(`/api/me/bookmarks/${encodeURIComponent(b.id)}`, { method: 'DELETE' });
          say(LINKS.deleted(b.name));
          await list(ul);
        } catch (e) {
          say(e.message, true);
        }
      });
      li.append(name, open, remove);
      ul.append(li);
    }
  }

  ctx.on('me', () => render());
  return { element, open: () => render() };
}
