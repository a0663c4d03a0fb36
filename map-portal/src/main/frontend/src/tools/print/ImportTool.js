import { call } from '../../api.js';
import { ERRORS, IMPORT, KIND_TITLES } from '../../messages.js';
import { filePicker } from '../../workbench/FilePicker.js';

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;
const CRS_CHOICES = ['EPSG:4490', 'EPSG:4326', 'EPSG:4548', 'EPSG:3857', 'GCJ-02'];
/** QC codes of severity WARNING (data-loaders' IssueCode): notes, not rejections. */
const WARNINGS = new Set([
  'COLUMN_IGNORED',
  'FILE_NOTE',
  'GEOMETRY_REPAIRED',
  'SWAPPED_AXES_FIXED',
  'GEOCODED',
  'TEXT_DECODING',
  'FEATURE_AND_APPURTENANCE',
  'IMPLAUSIBLE_DEPTH',
  'DIAMETER_CHANGE_WITHOUT_REDUCER',
  'INVERT_UPHILL',
]);

/**
 * Import (editors): upload a file into a new layer (name, title, group) or an existing one
 * (appended, or updated by a key column), with upload progress (XMLHttpRequest), the job's progress
 * (`/api/jobs/{id}`), its report and QC problems, and the QC report's link. After a successful
 * import the catalog is reloaded and the layer shown.
 */
export default function create(ctx) {
  const element = document.createElement('section');
  element.className = 'import-tool';
  const form = document.createElement('form');
  form.className = 'import-form';
  form.innerHTML = `
    <h3>${IMPORT.heading}</h3>
    <div class="import-file"></div>
    <p class="import-formats">${IMPORT.formats}</p>
    <fieldset class="import-target"><legend>${IMPORT.target}</legend>
      <label><input type="radio" name="target" value="create" checked> ${IMPORT.targets.create}</label>
      <label><input type="radio" name="target" value="existing"> ${IMPORT.targets.existing}</label>
    </fieldset>
    <div class="import-create">
      <label>${IMPORT.layerId}<input name="layerId" placeholder="${IMPORT.layerIdHint}" autocomplete="off"></label>
      <label>${IMPORT.layerTitle}<input name="title" maxlength="60"></label>
      <label>${IMPORT.kind}<select name="kind">${Object.entries(KIND_TITLES)
        .map(([kind, title]) => `<option value="${kind}"${kind === 'THEMATIC' ? ' selected' : ''}>${title}</option>`)
        .join('')}</select></label>
      <label>${IMPORT.idKey}<input name="idKey" placeholder="${IMPORT.idKeyHint}" autocomplete="off"></label>
    </div>
    <div class="import-existing" hidden>
      <label>${IMPORT.layer}<select name="layer"></select></label>
      <label>${IMPORT.mode}<select name="mode">
        <option value="append">${IMPORT.modes.append}</option>
        <option value="key">${IMPORT.modes.key}</option></select></label>
      <label class="import-key" hidden>${IMPORT.key}<input name="key" autocomplete="off"></label>
    </div>
    <div class="print-row">
      <label>${IMPORT.crs}<select name="crs"><option value="">${IMPORT.crsAuto}</option>${CRS_CHOICES.map(
        (c) => `<option>${c}</option>`,
      ).join('')}</select></label>
      <label>${IMPORT.encoding}<select name="encoding"><option value="">${IMPORT.encodingAuto}</option><option>UTF-8</option><option>GBK</option></select></label>
    </div>
    <label class="check"><input type="checkbox" name="repair"> ${IMPORT.repair}</label>
    <label class="check"><input type="checkbox" name="fixSwappedAxes"> ${IMPORT.fixAxes}</label>
    <button type="submit">${IMPORT.submit}</button>
    <p class="error" role="alert"></p>`;
  const status = document.createElement('div');
  status.className = 'import-status';
  status.setAttribute('aria-live', 'polite');
  element.append(form, status);
  const error = form.querySelector('.error');
  form.querySelector('.import-file').append(
    filePicker({ name: 'file', accept: '.geojson,.json,.csv,.txt,.zip,.shp,.dbf,.shx,.prj,.cpg,.gpkg', multiple: true }),
  );
  const fileInput = form.elements.file;
  let timer = null;

  function targetChanged() {
    const existing = form.elements.target.value === 'existing';
    form.querySelector('.import-create').hidden = existing;
    form.querySelector('.import-existing').hidden = !existing;
    form.querySelector('.import-key').hidden = form.elements.mode.value !== 'key';
  }
  form.addEventListener('change', targetChanged);

  function fillLayers() {
    const select = form.elements.layer;
    const chosen = select.value;
    select.replaceChildren(
      ...ctx
        .catalog()
        .slice()
        .sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'))
        .map((l) => new Option(`${l.title}（${l.id}）`, l.id)),
    );
    if (chosen) select.value = chosen;
  }
  ctx.on('catalog', fillLayers);

  /** The upload's URL and a check of the fields, or a message. */
  function target() {
    const f = form.elements;
    if (fileInput.files.length === 0) return { problem: IMPORT.needFile };
    const params = new URLSearchParams();
    let layerId;
    let title;
    if (f.target.value === 'create') {
      layerId = f.layerId.value.trim();
      title = f.title.value.trim();
      if (!ID_PATTERN.test(layerId)) return { problem: IMPORT.badId };
      if (!title) return { problem: IMPORT.needTitle };
      params.set('create', 'true');
      params.set('title', title);
      params.set('kind', f.kind.value);
      if (f.idKey.value.trim()) params.set('key', f.idKey.value.trim());
    } else {
      layerId = f.layer.value;
      title = ctx.layer(layerId)?.title ?? layerId;
      if (f.mode.value === 'key' && f.key.value.trim()) params.set('key', f.key.value.trim());
    }
    if (f.crs.value) params.set('crs', f.crs.value);
    if (f.encoding.value) params.set('encoding', f.encoding.value);
    if (f.repair.checked) params.set('repair', 'true');
    if (f.fixSwappedAxes.checked) params.set('fixSwappedAxes', 'true');
    return { layerId, title, url: `/api/layers/${encodeURIComponent(layerId)}/import?${params}` };
  }

  /** Uploads with XMLHttpRequest for its upload progress events; resolves with the job. */
  function upload(url, files) {
    return new Promise((resolve, reject) => {
      const body = new FormData();
      for (const file of files) body.append('file', file);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.setRequestHeader('X-OneMap-Client', 'portal');
      xhr.withCredentials = true;
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) showUpload(event.loaded / event.total);
      });
      xhr.addEventListener('load', () => {
        let json = {};
        try {
          json = JSON.parse(xhr.responseText);
        } catch {
          // a non-JSON answer (proxy error page): the status says enough
        }
        if (xhr.status === 202 || xhr.status === 200) resolve(json);
        else reject(new Error(`${ERRORS[json.error] ?? ERRORS.failed}: ${json.message ?? xhr.status}`));
      });
      xhr.addEventListener('error', () => reject(new Error(ERRORS.failed)));
      xhr.send(body);
    });
  }

  function showUpload(fraction) {
    status.dataset.state = 'UPLOADING';
    const bar = document.createElement('progress');
    bar.max = 1;
    bar.value = fraction;
    status.replaceChildren(bar, paragraph(IMPORT.uploading(Math.round(fraction * 100))));
    if (fraction === 0) status.scrollIntoView({ block: 'nearest' });
  }

  async function follow(job, layer) {
    clearTimeout(timer);
    render(job);
    if (job.state === 'QUEUED' || job.state === 'RUNNING') {
      timer = setTimeout(async () => {
        try {
          follow(await call(`/api/jobs/${encodeURIComponent(job.id)}`), layer);
        } catch (e) {
          error.textContent = IMPORT.failed(e.message);
        }
      }, 700);
      return;
    }
    if (job.state === 'SUCCEEDED') {
      await ctx.reloadCatalog();
      fillLayers();
      if (ctx.layer(layer.layerId)) {
        ctx.setVisible(layer.layerId, true);
        const bbox = ctx.layer(layer.layerId).bbox;
        if (bbox) {
          const [minX, minY] = ctx.fromLonLat([bbox[0], bbox[1]]);
          const [maxX, maxY] = ctx.fromLonLat([bbox[2], bbox[3]]);
          ctx.map.getView().fit([minX, minY, maxX, maxY], { padding: [40, 40, 40, 40], maxZoom: 16 });
        }
        status.append(paragraph(IMPORT.added(ctx.layer(layer.layerId).title), 'import-added'));
      }
      status.dataset.state = 'SUCCEEDED';
    }
  }

  function render(job) {
    const p = job.progress ?? {};
    const state = IMPORT.states[job.state] ?? job.state;
    const bar = document.createElement('progress');
    bar.max = 1;
    bar.value = job.state === 'SUCCEEDED' ? 1 : (p.fraction ?? 0);
    const parts = [bar, paragraph(IMPORT.progress(state, p.rowsRead ?? 0, Math.round(bar.value * 100)))];
    if (job.error) parts.push(paragraph(IMPORT.failed(job.error.message), 'error'));
    if (job.report) parts.push(...report(job.report));
    if (job.state === 'SUCCEEDED' || job.state === 'FAILED') {
      const link = document.createElement('a');
      link.href = job.qcReportUrl;
      link.download = `qc-${job.layerId}.csv`;
      link.className = 'import-qc';
      link.textContent = IMPORT.qcLink;
      parts.push(link);
    }
    status.dataset.state = job.state === 'SUCCEEDED' ? 'FINISHING' : job.state;
    status.replaceChildren(...parts);
    if (job.report) status.scrollIntoView({ block: 'nearest' });
  }

  function report(r) {
    const counts = document.createElement('table');
    counts.className = 'import-report';
    counts.append(caption(IMPORT.report));
    for (const [key, label] of Object.entries(IMPORT.counts)) counts.append(row(label, r[key] ?? 0));
    const issues = document.createElement('table');
    issues.className = 'import-issues';
    issues.append(caption(IMPORT.issues));
    const entries = Object.entries(r.issues ?? {}).filter(([, n]) => n > 0);
    for (const [code, n] of entries) {
      const tr = row(IMPORT.issueNames[code] ?? code, n);
      tr.dataset.issue = code;
      tr.dataset.severity = WARNINGS.has(code) ? 'warning' : 'error';
      issues.append(tr);
    }
    if (entries.length === 0) issues.append(row(IMPORT.noIssues, ''));
    return [counts, issues];
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const t = target();
    if (t.problem) {
      error.textContent = t.problem;
      return;
    }
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      showUpload(0);
      const job = await upload(t.url, [...fileInput.files]);
      await follow(job, t);
    } catch (e) {
      status.dataset.state = 'FAILED';
      status.replaceChildren();
      error.textContent = IMPORT.failed(e.message);
    } finally {
      button.disabled = false;
    }
  });

  fillLayers();
  return { element, open: fillLayers };
}

function paragraph(text, className) {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

function caption(text) {
  const c = document.createElement('caption');
  c.textContent = text;
  return c;
}

function row(label, value) {
  const tr = document.createElement('tr');
  const th = document.createElement('th');
  th.textContent = label;
  const td = document.createElement('td');
  td.textContent = String(value);
  tr.append(th, td);
  return tr;
}
