// Batch geocoding (批量匹配) from the page: a Chinese file chooser, upload, progress, the report
// and the result file.

export const tests = [
  {
    name: 'batch geocoding of a CSV',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      await t.tool('batch');
      const picker = page.locator('#dock .file-picker');
      t.expect((await picker.innerText()).includes('选择文件'), `the chooser reads ${await picker.innerText()}`);
      t.expect(!(await picker.innerText()).includes('Choose'), 'the chooser shows the browser\'s English label');
      const csv = '编号,户籍地址\n1,梅江区仁康西路183号\n2,梅州市梅江区仁康西路185号\n3,火星市不存在路1号\n';
      await page.setInputFiles('#dock input[name="file"]', { name: '户籍.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      t.expect((await picker.innerText()).includes('户籍.csv'), 'the chosen file is not named');
      await page.fill('#dock input[name="column"]', '户籍地址');
      await page.click('#dock .batch-form button[type="submit"]');
      await page.waitForSelector('#dock .batch-status[data-state="SUCCEEDED"]', { timeout: 30000 });
      const report = await page.locator('#dock .batch-status').innerText();
      t.expect(/3 \/ 3 行/.test(report), `report: ${report}`);
      t.expect(/已匹配\s+2/.test(report) && /未匹配\s+1/.test(report), `report: ${report}`);
      await t.shot('report');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dock .batch-download')]);
      const text = (await (await download.createReadStream()).toArray()).map(String).join('').replace(/^\uFEFF/, '');
      const rows = text.trim().split(/\r?\n/);
      t.expect(rows.length === 4, `result rows: ${rows.length}\n${text}`);
      t.expect(rows[0].includes('户籍地址'), `result header: ${rows[0]}`);
      t.expect(rows.filter((r) => r.includes('44140200400110000001') || r.includes('44140200400110000002')).length === 2, `the two addresses are not in the result:\n${text}`);
    },
  },
];
