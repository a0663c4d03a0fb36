// Print: the current view to a PDF page made by the server; the download is parsed here (the
// paper's /MediaBox, the title in the document information). The PDF's content (title on the
// page, legend, scale, map image) is read back with PDFBox in PortalPrintIT.
import { readFile } from 'node:fs/promises';

/** The PDF's page size in points and its document title (PDFBox writes them uncompressed). */
function readPdf(bytes) {
  const text = bytes.toString('latin1');
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  const title = /\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(text);
  return {
    magic: text.slice(0, 5),
    width: box ? Number(box[3]) - Number(box[1]) : NaN,
    height: box ? Number(box[4]) - Number(box[2]) : NaN,
    title: title ? pdfString(title[1]) : null,
  };
}

/** A PDF string, hex or literal, in UTF-16BE with its byte-order mark (or PDFDocEncoding). */
function pdfString(token) {
  let bytes;
  if (token.startsWith('<')) {
    bytes = Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex');
  } else {
    const raw = token.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (m, e) => {
      const map = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
      return map[e] ?? String.fromCharCode(parseInt(e, 8));
    });
    bytes = Buffer.from(raw, 'latin1');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  }
  return bytes.toString('latin1');
}

async function printAndDownload(t, { title, paper, orientation, dpi }) {
  const { page } = t;
  await t.tool('print');
  const panel = page.locator('.print-form');
  await panel.locator('input[name="title"]').fill(title);
  await panel.locator('select[name="paper"]').selectOption(paper);
  await panel.locator('select[name="orientation"]').selectOption(orientation);
  await panel.locator('select[name="dpi"]').selectOption(String(dpi));
  await panel.locator('select[name="format"]').selectOption('pdf');
  const summary = await page.locator('.print-summary').textContent();
  t.expect(/当前视图 · \d+ 个图层/.test(summary), `summary: ${summary}`);
  const download = page.waitForEvent('download', { timeout: 90000 });
  await panel.locator('button[type="submit"]').click();
  return download;
}

export const tests = [
  {
    name: 'print the view to an A4 PDF',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      const title = '江南片区专题图 e2e';
      const download = await printAndDownload(t, { title, paper: 'A4', orientation: 'landscape', dpi: 150 });
      const file = await (await download).path();
      const pdf = readPdf(await readFile(file));
      t.expect(pdf.magic === '%PDF-', `not a PDF: ${pdf.magic}`);
      // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt
      t.expect(Math.abs(pdf.width - 841.89) < 1 && Math.abs(pdf.height - 595.28) < 1, `page ${pdf.width} × ${pdf.height} pt`);
      t.expect(pdf.title === title, `PDF title ${pdf.title}`);
      t.expect((await download).suggestedFilename() === `${title}.pdf`, `file name ${(await download).suggestedFilename()}`);
      await page.waitForSelector('.print-status[data-state="SUCCEEDED"]');
      t.expect((await page.locator('.print-status').textContent()).includes('已生成'), 'no done message');
      await t.shot('printed');
    },
  },
  {
    name: 'A3 300 dpi print runs as a job with progress',
    sizes: ['phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      const title = '梅州市大幅面图';
      const download = printAndDownload(t, { title, paper: 'A3', orientation: 'portrait', dpi: 300 });
      await page.waitForSelector('.print-hint:not([hidden])');
      // The job's progress bar and its Chinese progress line show while the server works.
      await page.waitForSelector('.print-status progress');
      await t.shot('job');
      const pdf = readPdf(await readFile(await (await download).path()));
      // A3 portrait: 297 × 420 mm = 841.9 × 1190.6 pt
      t.expect(Math.abs(pdf.width - 841.89) < 1 && Math.abs(pdf.height - 1190.55) < 1, `page ${pdf.width} × ${pdf.height} pt`);
      t.expect(pdf.title === title, `PDF title ${pdf.title}`);
      const jobs = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/print/jobs/')).length);
      t.expect(jobs > 0, 'the page did not follow a print job');
    },
  },
];
