import { call } from '../../api.js';
import { BASEMAP, PRINT } from '../../messages.js';
import { getFile, postForFile, saveBlob } from './download.js';

/**
 * Print: the current view (extent, CRS, visible layers with their order and opacity, the as-of
 * date) as a PDF or PNG page made by the server (`POST /api/print`). Small pages download at once;
 * A3 at 300 dpi is a job whose progress is shown, downloaded when done.
 */
export default function create(ctx) {
  const element = document.createElement('section');
  element.className = 'print-tool';
  const form = document.createElement('form');
  form.className = 'print-form';
  form.innerHTML = `
    <h3>${PRINT.heading}</h3>
    <label>${PRINT.title}<input name="title" maxlength="60" required></label>
    <div class="print-row">
      <label>${PRINT.paper}<select name="paper"><option>A4</option><option>A3</option></select></label>
      <label>${PRINT.orientation}<select name="orientation">
        <option value="landscape">${PRINT.orientations.landscape}</option>
        <option value="portrait">${PRINT.orientations.portrait}</option></select></label>
    </div>
    <div class="print-row">
      <label>${PRINT.dpi}<select name="dpi">
        <option value="150">${PRINT.dpiOption(150)}</option>
        <option value="300">${PRINT.dpiOption(300)}</option></select></label>
      <label>${PRINT.format}<select name="format"><option value="pdf">PDF</option><option value="png">PNG</option></select></label>
    </div>
    <p class="print-summary"></p>
    <p class="print-hint" hidden>${PRINT.largeHint}</p>
    <button type="submit">${PRINT.submit}</button>
    <p class="error" role="alert"></p>`;
  form.elements.title.value = PRINT.defaultTitle;
  const status = document.createElement('div');
  status.className = 'print-status';
  status.setAttribute('aria-live', 'polite');
  element.append(form, status);
  const error = form.querySelector('.error');
  let timer = null;

  /** Catalog layers drawn now, bottom first (the base map's layers come with `basemap`). */
  function printedLayers() {
    return ctx
      .visibleLayerIds()
      .filter((id) => ctx.olLayer(id)?.getVisible())
      .reverse()
      .map((id) => ({ id, opacity: Number(ctx.olLayer(id).getOpacity().toFixed(2)), style: ctx.styleOf(id) }));
  }

  function labelsShown() {
    const labels = ctx.map
      .getLayers()
      .getArray()
      .find((l) => l.get('layerId') === 'basemap_labels');
    return labels ? labels.getVisible() : true;
  }

  function crsName() {
    const code = ctx.viewProjection();
    return Object.values(BASEMAP.grids).find((g) => g.crs.includes(code))?.crs ?? code;
  }

  function refresh() {
    form.querySelector('.print-summary').textContent = PRINT.summary(
      printedLayers().length,
      crsName(),
      ctx.time.asOf(),
    );
    const large = form.elements.paper.value === 'A3' && form.elements.dpi.value === '300';
    form.querySelector('.print-hint').hidden = !large;
  }
  form.addEventListener('change', refresh);
  for (const name of ['layers', 'time', 'view-projection']) ctx.on(name, refresh);

  function request() {
    const map = ctx.map;
    const bbox = map.getView().calculateExtent(map.getSize());
    return {
      title: form.elements.title.value.trim(),
      layers: printedLayers(),
      basemap: true,
      // The base map as shown: 矢量 or 影像 colours (an external base prints as 矢量), 注记 on or off.
      basemapStyle: document.body.dataset.baseMap === 'imagery' ? 'imagery' : 'vector',
      labels: labelsShown(),
      bbox,
      crs: ctx.viewProjection(),
      asOf: ctx.time.asOf(),
      paper: form.elements.paper.value,
      orientation: form.elements.orientation.value,
      dpi: Number(form.elements.dpi.value),
      format: form.elements.format.value,
    };
  }

  function show(text, fraction, link) {
    const parts = [];
    if (fraction !== undefined) {
      const bar = document.createElement('progress');
      bar.max = 1;
      bar.value = fraction;
      parts.push(bar);
    }
    const p = document.createElement('p');
    p.textContent = text;
    parts.push(p);
    if (link) parts.push(link);
    status.replaceChildren(...parts);
  }

  async function follow(job, name) {
    clearTimeout(timer);
    status.dataset.state = job.state;
    if (job.state === 'FAILED') {
      show(PRINT.failed(job.error?.message ?? ''));
      return;
    }
    if (job.state !== 'SUCCEEDED') {
      const text = job.state === 'QUEUED' ? PRINT.queued : PRINT.job(Math.round(job.fraction * 100));
      show(text, job.fraction);
      timer = setTimeout(async () => {
        try {
          follow(await call(`/api/print/jobs/${encodeURIComponent(job.id)}`), name);
        } catch (e) {
          show(PRINT.failed(e.message));
        }
      }, 800);
      return;
    }
    const blob = await getFile(job.fileUrl);
    saveBlob(blob, name);
    const again = document.createElement('button');
    again.type = 'button';
    again.textContent = PRINT.download;
    again.addEventListener('click', () => saveBlob(blob, name));
    show(PRINT.done(name), 1, again);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const body = request();
    if (!body.title) {
      error.textContent = PRINT.noTitle;
      return;
    }
    const name = `${body.title}.${body.format}`;
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    status.dataset.state = 'RUNNING';
    show(PRINT.working, undefined);
    try {
      const answer = await postForFile('/api/print', body);
      if (answer.job) {
        await follow(answer.job, name);
      } else {
        saveBlob(answer.blob, name);
        status.dataset.state = 'SUCCEEDED';
        const again = document.createElement('button');
        again.type = 'button';
        again.textContent = PRINT.download;
        again.addEventListener('click', () => saveBlob(answer.blob, name));
        show(PRINT.done(name), 1, again);
      }
    } catch (e) {
      status.dataset.state = 'FAILED';
      status.replaceChildren();
      error.textContent = PRINT.failed(e.message);
    } finally {
      button.disabled = false;
    }
  });

  // A job keeps being followed while the dock shows another tool: its file still downloads.
  return { element, open: refresh };
}
