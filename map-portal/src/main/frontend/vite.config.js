import { defineConfig } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The entry (main.js) is tiny and imports the shell (shell.js, OpenLayers and most of the code)
 * dynamically, so the first API requests leave at once. The page also names the shell's chunk as
 * a module preload, so its download starts with the entry's instead of after it.
 */
const preloadShell = {
  name: 'preload-shell',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      if (!context.path.endsWith('/index.html')) return html;
      const shell = Object.values(context.bundle ?? {}).find(
        (chunk) => chunk.type === 'chunk' && chunk.moduleIds.some((id) => id.endsWith('/src/shell.js')),
      );
      if (!shell) return html;
      return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${shell.fileName}` }, injectTo: 'head' }];
    },
  },
};

/**
 * Every hashed script and style also as .br and .gz beside it, compressed once at build time at the
 * highest levels: the portal serves them as they are (EncodedResourceResolver) instead of gzipping
 * the 570 kB shell on each first visit (~22 ms of server CPU, competing with the first tiles).
 */
const precompress = {
  name: 'precompress',
  apply: 'build',
  enforce: 'post',
  // After the files are written: only then is every chunk final (Vite fills in its preload lists
  // while generating the bundle).
  writeBundle(options, bundle) {
    for (const fileName of Object.keys(bundle)) {
      if (!/\.(js|css)$/.test(fileName)) continue;
      const path = join(options.dir, fileName);
      const content = readFileSync(path);
      if (content.length < 1024) continue;
      const brotli = brotliCompressSync(content, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
      });
      writeFileSync(`${path}.br`, brotli);
      writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    }
  },
};

/**
 * The grid managers' app (m.html) gets a service worker, /m-sw.js, made from
 * src/mobile/serviceWorker.js with the app shell's files (m.html, the chunks and styles the m
 * entry reaches, manifest and icons) and a version hash of their names, so a new build installs a
 * new shell and the old cache is dropped.
 */
const mobileServiceWorker = {
  name: 'mobile-service-worker',
  apply: 'build',
  enforce: 'post',
  generateBundle(options, bundle) {
    const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'm');
    if (!entry) return;
    const files = new Set(['/m.html', '/manifest.webmanifest', '/favicon.svg', '/m-icon.svg', '/ogcapi/tileMatrixSets/c']);
    const visit = (fileName) => {
      const chunk = bundle[fileName];
      if (!chunk || files.has(`/${fileName}`)) return;
      files.add(`/${fileName}`);
      if (chunk.type !== 'chunk') return;
      for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(`/${css}`);
      for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(`/${asset}`);
      [...chunk.imports, ...chunk.dynamicImports].forEach(visit);
    };
    visit(entry.fileName);
    const list = [...files].sort();
    const version = createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 12);
    const source = readFileSync(new URL('./src/mobile/serviceWorker.js', import.meta.url), 'utf8')
      .replace('self.__SHELL_FILES__', JSON.stringify(list))
      .replace('self.__SHELL_VERSION__', JSON.stringify(version));
    this.emitFile({ type: 'asset', fileName: 'm-sw.js', source });
  },
};

// Built into the Spring Boot jar's static/ by Maven (see map-portal/pom.xml); no CDN at run time.
export default defineConfig({
  plugins: [preloadShell, precompress, mobileServiceWorker],
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // The workbench (index.html) and the grid managers' mobile app (m.html, served at /m).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        m: fileURLToPath(new URL('./m.html', import.meta.url)),
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
