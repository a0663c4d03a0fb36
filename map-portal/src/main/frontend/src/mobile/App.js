import { MOBILE } from '../messages.js';
import { projectionCode, tileGridFrom } from '../tmsGrid.js';
import { mobileApi } from './mobileApi.js';
import { h } from './dom.js';
import { icon } from './icons.js';
import { Outbox, MemoryOutboxStorage } from './Outbox.js';
import { IdbOutboxStorage } from './IdbOutboxStorage.js';
import { deliverReport } from './deliverReport.js';
import { SignInScreen } from './SignInScreen.js';
import { GridScreen } from './GridScreen.js';
import { ReportScreen } from './ReportScreen.js';
import { TasksScreen } from './TasksScreen.js';
import { MyCasesScreen } from './MyCasesScreen.js';
import { PartsScreen } from './PartsScreen.js';
import { PatrolRecorder } from './PatrolRecorder.js';
import { IdbPatrolStore, MemoryPatrolStore } from './PatrolStore.js';
import { InspectionQueue } from './InspectionQueue.js';

const TABS = ['grid', 'parts', 'report', 'tasks', 'mine'];

/** Serialises outbox flushes across the app's tabs and windows where the Web Locks API exists. */
function deviceLock(fn) {
  return navigator.locks ? navigator.locks.request('onemap-m-outbox', fn) : fn();
}

/**
 * The mobile app: sign-in, then four screens under a bottom tab bar (reachable with one thumb), a
 * top bar with the network state and the outbox count (待发送 N). It watches the GPS position and
 * flushes the outbox on start, when the phone comes online, and after each report.
 */
export class App {
  /** @param {HTMLElement} root */
  constructor(root) {
    this.root = root;
    const storage = 'indexedDB' in globalThis ? new IdbOutboxStorage() : new MemoryOutboxStorage();
    this.outbox = new Outbox(storage, (item, save) => deliverReport(item, save), { lock: deviceLock });
    /** @type {{lon: number, lat: number, accuracy: number}|null} */
    this.position = null;
    this.recorder = new PatrolRecorder('indexedDB' in globalThis ? new IdbPatrolStore() : new MemoryPatrolStore(), (body) => mobileApi.uploadPatrol(body));
    this.inspections = new InspectionQueue(this.recorder.store, (objId, result, note, at) => mobileApi.inspectPart(objId, result, note, at));
    /** @type {string[]} the user's grid codes */
    this.grids = [];
  }

  async start() {
    let me = null;
    try {
      me = await mobileApi.me();
    } catch {
      // offline: the account signed in last on this phone, below
    }
    // Offline, the app works for whoever signed in last (reports wait in the outbox; the server
    // checks the session when they are sent), even if the service worker holds no /api/me answer.
    if (!me?.authenticated && globalThis.navigator?.onLine === false) me = rememberedAccount();
    if (me?.authenticated) await this.main(me);
    else this.signIn();
  }

  signIn() {
    const screen = new SignInScreen((me) => this.main(me));
    this.root.replaceChildren(screen.element);
    document.body.dataset.screen = 'signin';
  }

  /** @param {{name: string, displayName: string, roles: string[]}} me */
  async main(me) {
    this.me = me;
    rememberAccount(me);
    const [tms, categories, grids] = await Promise.all([
      fetch('/ogcapi/tileMatrixSets/c', { headers: { Accept: 'application/json' } }).then((r) => r.json()),
      mobileApi.categories().catch(() => []),
      mobileApi.myGrids().catch(() => ({ grids: [] })),
    ]);
    const grid = { id: 'c', projection: projectionCode(tms), tileGrid: tileGridFrom(tms) };

    this.net = h('span', { class: 'm-net' });
    this.outboxChip = h('button', { type: 'button', class: 'm-outbox-chip', onclick: () => this.openOutbox() });
    const signOut = h('button', { type: 'button', class: 'm-signout', onclick: () => this.signOut() }, MOBILE.signOut);
    const top = h('header', { class: 'm-top' }, h('h1', {}, MOBILE.appName), this.net, this.outboxChip, signOut);

    this.screens = {
      grid: new GridScreen(grid, this.recorder),
      parts: new PartsScreen({
        grids: () => this.grids,
        onParts: (parts, selected) => this.screens.grid.map.setParts(parts, selected),
        queue: this.inspections,
        me: () => this.me?.name,
        onReport: (prefill) => {
          this.go('report');
          this.screens.report.prefill(prefill);
        },
      }),
      report: new ReportScreen({
        outbox: this.outbox,
        categories,
        gps: () => this.position,
        pickOnMap: (done) => {
          this.go('grid');
          this.screens.grid.pick((p) => {
            this.go('report');
            done(p);
          });
        },
        onSent: () => this.refreshCases(),
      }),
      tasks: new TasksScreen({ onCount: (n) => this.setBadge('tasks', n) }),
      mine: new MyCasesScreen({ me, onCases: (cases) => this.screens.grid.map.setCases(cases) }),
    };
    this.tabButtons = Object.fromEntries(
      TABS.map((tab) => [
        tab,
        h('button', { type: 'button', class: 'm-tab', 'data-tab': tab, onclick: () => this.go(tab) }, icon(tab), h('span', {}, MOBILE.tabs[tab]), h('span', { class: 'm-badge', hidden: true })),
      ]),
    );
    const main = h('main', { class: 'm-main' }, ...TABS.map((t) => this.screens[t].element));
    const nav = h('nav', { class: 'm-tabs' }, ...Object.values(this.tabButtons));
    const notice = me.roles?.includes('GRID_MANAGER') ? null : h('div', { class: 'm-notice' }, MOBILE.notGridManager);
    this.root.replaceChildren(top, ...(notice ? [notice] : []), main, nav);

    this.go('grid');
    this.grids = grids.grids ?? [];
    this.screens.grid.map.onPartTap((objId) => {
      if (this.screens.grid.picking) return;
      this.go('parts');
      this.screens.parts.open(objId);
    });
    // A patrol a reload interrupted goes on; finished ones still waiting are uploaded.
    if (await this.recorder.resume().catch(() => null)) {
      const { patrol } = this.screens.grid;
      patrol.say(`${MOBILE.patrol.resumed}\n${patrol.status.textContent}`);
    }
    this.loadGrids(this.grids).then(() => {
      this.screens.parts.show();
      // Today's coverage of the grid so far, shaded (nothing while a patrol is recorded).
      if (this.grids.length && !this.recorder.recording && navigator.onLine) this.screens.grid.patrol.showCoverage(this.grids[0]);
    });
    if (!this.listening) {
      // Once per page, whoever signs in next.
      this.listening = true;
      this.watchPosition();
      this.outbox.addEventListener('change', () => this.showOutboxCount());
      window.addEventListener('online', () => this.online());
      window.addEventListener('offline', () => this.showNet());
    }
    this.showNet();
    // Ready means the outbox count is on screen: an offline start must show what waits to be sent.
    await this.showOutboxCount().catch(() => {});
    this.refreshCases();
    this.screens.tasks.show();
    if (navigator.onLine) this.outbox.flush().then(() => this.refreshCases());
    if (navigator.onLine) this.recorder.flush();
    if (navigator.onLine) this.sendInspections();
    document.body.dataset.screen = 'main';
    document.body.dataset.ready = 'true';
  }

  async loadGrids(codes) {
    const collection = codes.length ? await mobileApi.gridFeatures(codes).catch(() => ({ type: 'FeatureCollection', features: [] })) : { type: 'FeatureCollection', features: [] };
    this.screens.grid.setGrids(codes, collection);
  }

  watchPosition() {
    if (!navigator.geolocation) return;
    navigator.geolocation.watchPosition(
      (p) => {
        this.position = { lon: p.coords.longitude, lat: p.coords.latitude, accuracy: p.coords.accuracy };
        this.screens?.grid.setPosition(this.position);
        this.recorder.add({ ...this.position, t: p.timestamp || Date.now() });
      },
      () => {},
      { enableHighAccuracy: true, maximumAge: 10000 },
    );
  }

  /** @param {string} tab */
  go(tab) {
    this.tab = tab;
    for (const t of TABS) {
      this.screens[t].element.hidden = t !== tab;
      this.tabButtons[t].setAttribute('aria-current', t === tab ? 'page' : 'false');
    }
    document.body.dataset.tab = tab;
    this.screens[tab].show?.();
  }

  openOutbox() {
    this.go('report');
    document.getElementById('outbox')?.scrollIntoView({ behavior: 'smooth' });
  }

  async online() {
    this.showNet();
    this.recorder.flush().then(() => this.screens.grid.patrol?.showCoverage(this.grids[0]));
    this.sendInspections();
    await this.outbox.flush();
    this.refreshCases();
  }

  /** Sends the inspections made offline, then shows the parts as the server has them. */
  async sendInspections() {
    const sent = await this.inspections.flush().catch(() => 0);
    if (sent && this.grids.length) await this.screens.parts.load(this.screens.parts.grid ?? this.grids[0]);
  }

  refreshCases() {
    return this.screens.mine.show();
  }

  showNet() {
    const on = navigator.onLine;
    this.net.textContent = on ? MOBILE.online : MOBILE.offline;
    this.net.classList.toggle('m-off', !on);
    document.body.dataset.online = String(on);
  }

  async showOutboxCount() {
    const n = await this.outbox.waiting();
    this.outboxChip.textContent = MOBILE.outbox(n);
    this.outboxChip.hidden = n === 0;
    this.outboxChip.dataset.count = String(n);
  }

  setBadge(tab, n) {
    const badge = this.tabButtons[tab].querySelector('.m-badge');
    badge.textContent = String(n);
    badge.hidden = n === 0;
  }

  async signOut() {
    await mobileApi.logout().catch(() => {});
    forgetAccount();
    if ('caches' in globalThis) await caches.delete('onemap-m-api');
    this.signIn();
  }
}

const ACCOUNT_KEY = 'onemap-m-account';

/** Keeps who signed in (name, display name, roles: nothing secret) for offline starts. */
function rememberAccount(me) {
  try {
    const { name, displayName, roles, department } = me;
    globalThis.localStorage?.setItem(ACCOUNT_KEY, JSON.stringify({ authenticated: true, name, displayName, roles, department }));
  } catch {
    // private mode: offline starts then need a cached /api/me
  }
}

function rememberedAccount() {
  try {
    return JSON.parse(globalThis.localStorage?.getItem(ACCOUNT_KEY) ?? 'null');
  } catch {
    return null;
  }
}

function forgetAccount() {
  try {
    globalThis.localStorage?.removeItem(ACCOUNT_KEY);
  } catch {
    // nothing kept
  }
}
