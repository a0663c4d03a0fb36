import { api } from '../api.js';
import { JOB_STATES, LEVEL_LABELS, STATUS_LABELS, percent } from '../geocodeLabels.js';

/** Batch geocoding: upload a bureau CSV, follow its progress, read the report, download the result. */
export class BatchPanel {
  /** @param {HTMLElement} element */
  constructor(element) {
    this.element = element;
    this.timer = null;
    const form = document.createElement('form');
    form.className = 'batch-form';
    form.innerHTML =
      '<h3>批量地址匹配</h3>' +
      '<label>CSV 文件 <input name="file" type="file" accept=".csv,.txt" required></label>' +
      '<label>地址列名 <input name="column" placeholder="如 户籍地址" required></label>' +
      '<label>编码 <select name="encoding"><option value="">自动识别</option><option>UTF-8</option><option>GBK</option></select></label>' +
      '<button type="submit">开始匹配</button><p class="error" role="alert"></p>';
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
      `${job.fileName}（${job.encoding ?? '自动'}，地址列 ${job.column}）`,
      `${JOB_STATES[job.state] ?? job.state} · ${p.rows} / ${p.totalRows} 行 · ${percent(p.fraction)}`,
    ];
    const bar = document.createElement('progress');
    bar.max = 1;
    bar.value = p.fraction;
    const parts = [bar, ...lines.map(paragraph)];
    if (job.report) {
      const r = job.report;
      parts.push(paragraph(`匹配率 ${percent(r.matchRate)} · 用时 ${r.seconds} 秒 · ${r.rowsPerSecond} 行/秒 · 待审核 ${r.queuedForReview} 行`));
      parts.push(table('按状态', r.byStatus, STATUS_LABELS), table('按级别', r.byLevel, LEVEL_LABELS));
    }
    if (job.error) parts.push(paragraph(`错误：${job.error.message}`, 'error'));
    if (job.state === 'SUCCEEDED') {
      const link = document.createElement('a');
      link.href = job.resultUrl;
      link.textContent = '下载匹配结果 (CSV)';
      link.className = 'batch-download';
      parts.push(link);
    }
    if (job.state === 'QUEUED' || job.state === 'RUNNING') {
      const cancel = document.createElement('button');
      cancel.textContent = '取消';
      cancel.addEventListener('click', async () => this.follow(await api.cancelBatch(job.id)));
      parts.push(cancel);
    }
    this.status.dataset.state = job.state;
    this.status.replaceChildren(...parts);
  }
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
