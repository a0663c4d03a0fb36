import { TIME } from '../../messages.js';
import { addDays, addMonths, daysBetween, isDate } from './dates.js';
import { timeRange } from './timeRange.js';

const SPEEDS = { slow: 2000, normal: 1000, fast: 500 };

/**
 * 时间轴: the whole map as of a date (ctx.time.setAsOf), chosen on a day slider or a date input,
 * stepped back and forward by a month or a year, played at a chosen speed; 现在 returns to the
 * current data. The slider redraws the map when released (not on every pixel of a drag).
 */
export default function create(ctx) {
  const element = document.createElement('section');
  element.className = 'time-slider';
  let range = { from: '2015-01-01', to: new Date().toISOString().slice(0, 10) };
  let timer = null;

  const showing = el('p', 'time-showing');
  showing.setAttribute('aria-live', 'polite');
  const slider = document.createElement('input');
  slider.type = 'range';
  slider.className = 'time-range';
  slider.min = '0';
  slider.setAttribute('aria-label', TIME.slider);
  const ends = el('div', 'time-ends');
  const from = el('span');
  const to = el('span');
  ends.append(from, to);

  const dateLabel = el('label', 'time-date');
  const dateInput = document.createElement('input');
  dateInput.type = 'date';
  dateInput.name = 'as-of';
  dateLabel.append(el('span', null, TIME.date), dateInput);
  const now = button(TIME.now, 'time-now', () => {
    stop();
    ctx.time.setAsOf(null);
  });
  now.title = TIME.nowTitle;
  dateLabel.append(now);

  const controls = el('div', 'time-controls');
  const back = button('◀', 'time-back', () => step(-1));
  back.title = TIME.back;
  back.setAttribute('aria-label', TIME.back);
  const play = button('▶', 'time-play', () => (timer ? stop() : start()));
  play.setAttribute('aria-label', TIME.play);
  play.title = TIME.play;
  const forward = button('▶|', 'time-forward', () => step(1));
  forward.title = TIME.forward;
  forward.setAttribute('aria-label', TIME.forward);
  const stepSelect = select('time-step', TIME.step, TIME.steps);
  const speedSelect = select('time-speed', TIME.speed, TIME.speeds);
  speedSelect.select.value = 'normal';
  controls.append(back, play, forward, stepSelect.label, speedSelect.label);

  const error = el('p', 'error');
  error.hidden = true;
  const hint = el('p', 'hint', TIME.versionedHint);
  const rangeText = el('p', 'hint');
  element.append(showing, slider, ends, dateLabel, controls, error, hint, rangeText);

  /** The date the controls show: the map's as-of date, or today for now. */
  const shown = () => ctx.time.asOf() ?? range.to;

  function render() {
    const date = shown();
    slider.max = String(Math.max(1, daysBetween(range.from, range.to)));
    slider.value = String(Math.max(0, Math.min(Number(slider.max), daysBetween(range.from, date))));
    dateInput.min = range.from;
    dateInput.max = range.to;
    dateInput.value = date;
    showing.textContent = TIME.showing(ctx.time.asOf());
    from.textContent = range.from;
    to.textContent = range.to;
    rangeText.textContent = TIME.range(range.from, range.to);
    now.disabled = ctx.time.asOf() === null;
    element.dataset.asOf = ctx.time.asOf() ?? '';
  }

  /** Sets the map's date, clamped to the range; today means now. */
  function go(date) {
    error.hidden = true;
    const clamped = date < range.from ? range.from : date > range.to ? range.to : date;
    ctx.time.setAsOf(clamped >= range.to ? null : clamped);
    render();
  }

  function step(direction) {
    const n = stepSelect.select.value === 'year' ? 12 : 1;
    go(addMonths(shown(), direction * n));
  }

  function start() {
    if (!ctx.time.asOf()) go(range.from);
    play.textContent = '❚❚';
    play.title = TIME.pause;
    play.setAttribute('aria-label', TIME.pause);
    play.setAttribute('aria-pressed', 'true');
    const tick = () => {
      step(1);
      if (!ctx.time.asOf()) stop();
      else timer = setTimeout(tick, SPEEDS[speedSelect.select.value] ?? 1000);
    };
    timer = setTimeout(tick, SPEEDS[speedSelect.select.value] ?? 1000);
  }

  function stop() {
    clearTimeout(timer);
    timer = null;
    play.textContent = '▶';
    play.title = TIME.play;
    play.setAttribute('aria-label', TIME.play);
    play.setAttribute('aria-pressed', 'false');
  }

  slider.addEventListener('input', () => {
    const date = addDays(range.from, Number(slider.value));
    dateInput.value = date;
    showing.textContent = TIME.showing(date);
  });
  slider.addEventListener('change', () => go(addDays(range.from, Number(slider.value))));
  dateInput.addEventListener('change', () => {
    const value = dateInput.value;
    if (!isDate(value) || value < range.from || value > range.to) {
      error.textContent = TIME.badDate(range.from, range.to);
      error.hidden = false;
      return;
    }
    stop();
    go(value);
  });
  ctx.on('time', () => render());
  timeRange().then((r) => {
    range = r;
    render();
  });
  render();
  return {
    element,
    close: () => stop(),
  };
}

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(text, className, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

function select(className, title, options) {
  const label = el('label', className);
  const s = document.createElement('select');
  s.setAttribute('aria-label', title);
  for (const [value, text] of Object.entries(options)) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    s.append(o);
  }
  label.append(el('span', null, title), s);
  return { label, select: s };
}
