// Contrast of every text a person reads on the workbench: WCAG 2.1 AA, 4.5:1 for body text and
// 3:1 for large text (≥ 24 px, or ≥ 18.66 px bold), in the main states of the page.

/**
 * Every visible text element whose background is the page's own (not the map's pixels beneath a
 * transparent control) with its contrast ratio; those below the AA threshold are returned.
 */
async function lowContrast(page) {
  return page.evaluate(() => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => {
      const ch = (v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const over = (top, below) => ({
      r: top.r * top.a + below.r * (1 - top.a),
      g: top.g * top.a + below.g * (1 - top.a),
      b: top.b * top.a + below.b * (1 - top.a),
      a: 1,
    });
    /** The colour behind an element, or null where the map shows through. */
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        if (e.id === 'map' || e.classList?.contains('ol-viewport')) return null;
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg.a > 0) {
          layers.push(bg);
          if (bg.a >= 1) break;
        }
      }
      let colour = { r: 255, g: 255, b: 255, a: 1 };
      for (const layer of layers.reverse()) colour = over(layer, colour);
      return colour;
    };
    const failures = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent.trim()) continue;
      seen.add(el);
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('[hidden]')) continue;
      if (box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth) continue;
      const bg = background(el);
      if (!bg) continue;
      let opacity = 1;
      for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      const fg = over({ ...parse(style.color), a: parse(style.color).a * opacity }, bg);
      const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const disabled = el.closest('button:disabled, input:disabled');
      if (!disabled && ratio < (large ? 3 : 4.5)) {
        failures.push(`${el.tagName.toLowerCase()}.${el.className || el.id} "${node.textContent.trim().slice(0, 20)}" ${ratio.toFixed(2)}:1`);
      }
    }
    return failures;
  });
}

export const tests = [
  {
    name: 'text contrast at least 4.5 to 1',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      const failures = [];
      const check = async (state) => failures.push(...(await lowContrast(page)).map((f) => `${state}: ${f}`));
      await check('start');
      if (t.phone) {
        await page.click('#sidebar-toggle');
        await check('layer drawer');
        await page.click('#sidebar-close');
      }
      await t.signIn();
      await check('signed in');
      await page.click('#tools .tool-group-button');
      await check('tool menu');
      await t.shot('menu');
      await page.keyboard.press('Escape');
      await t.tool('batch');
      await check('dock');
      await t.shot('dock');
      t.expect(failures.length === 0, `low contrast:\n${failures.join('\n')}`);
    },
  },
];
