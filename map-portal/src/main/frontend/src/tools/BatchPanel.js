import { api } from '../api.js';
import { BATCH, JOB_STATES, LEVEL_LABELS, STATUS_LABELS, percent } from '../messages.js';
import { filePicker } from '../workbench/FilePicker.js';

/** Batch geocoding: upload a bureau CSV, follow its progress, read the report, download the result. */
export class BatchPanel {
  /** @param {HTMLElement} element */
  constructor(element) {
    this.element = element;
    this.timer = null;
    const form = document.createElement('form');
    form.className = 'batch-form';
    const heading = document.createElement('h3');
    heading.textContent = BATCH.heading;
    const column = labelled(BATCH.column, Object.assign(document.createElement('input'), { name: 'column', placeholder: BATCH.columnPlaceholder, required: true }));
    const encoding = document.createElement('select');
    encoding.name = 'encoding';
    encoding.append(new Option(BATCH.autoEncoding, ''), new Option('UTF-8'), new Option('GBK'));
    const submit = Object.assign(document.createElement('button'), { type: 'submit', textContent: BATCH.start });
    const error = Object.assign(document.createElement('p'), { className: 'error' });
    error.setAttribute('role', 'alert');
    form.append(heading, filePicker({ name: 'file', accept: '.csv,.txt', required: true, label: BATCH.file }), column, labelled(BATCH.encoding, encoding), submit, error);
    this.status = document.createElement('div');
    this.status.className = 'batch-status';
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      form.querySelector('.error').textContent = '';
      try {
        const job = await api.startBatch(data.get('file'), data.get('column').trim(), data.get('encoding'));
        this.follow(job);
      } catch (error) {
        form.querySelector('.error').textContent = error.message;
      }
    });
    element.append(form, this.status);
  }

  follow(job) {
    clearTimeout(this.timer);
    this.render(job);
    if (job.state === 'QUEUED' || job.state === 'RUNNING') {
      this.timer = setTimeout(async () => this.follow(await api.batch(job.id)), 1000);
    }
  }

  render(job) {
    const p = job.progress;
    const lines = [
      BATCH.job(job.fileName, job.encoding, job.column),
      BATCH.progress(JOB_STATES[job.state] ?? job.state, p.rows, p.totalRows, percent(p.fraction)),
    ];
    const bar = document.createElement('progress');
    bar.max = 1;
    bar.value = p.fraction;
    const parts = [bar, ...lines.map(paragraph)];
    if (job.report) {
      const r = job.report;
      parts.push(paragraph(BATCH.summary(percent(r.matchRate), r.seconds, r.rowsPerSecond, r.queuedForReview)));
      parts.push(table(BATCH.byStatus, r.byStatus, STATUS_LABELS), table(BATCH.byLevel, r.byLevel, LEVEL_LABELS));
    }
    if (job.error) parts.push(paragraph(BATCH.error(job.error.message), 'error'));
    if (job.state === 'SUCCEEDED') {
      const link = document.createElement('a');
      link.href = job.resultUrl;
      link.textContent = BATCH.download;
      link.className = 'batch-download';
      parts.push(link);
    }
    if (job.state === 'QUEUED' || job.state === 'RUNNING') {
      const cancel = document.createElement('button');
      cancel.textContent = BATCH.cancel;
      cancel.addEventListener('click', async () => this.follow(await api.cancelBatch(job.id)));
      parts.push(cancel);
    }
    this.status.dataset.state = job.state;
    this.status.replaceChildren(...parts);
  }
}

function labelled(text, control) {
  const label = document.createElement('label');
  label.append(`${text} `, control);
  return label;
}

function paragraph(text, className) {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

function table(caption, counts, labels) {
  const t = document.createElement('table');
  t.className = 'batch-report';
  const c = document.createElement('caption');
  c.textContent = caption;
  t.append(c);
  for (const [key, n] of Object.entries(counts)) {
    if (!n) continue;
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.textContent = labels[key] ?? key;
    const td = document.createElement('td');
    td.textContent = String(n);
    tr.append(th, td);
    t.append(tr);
  }
  return t;
}
