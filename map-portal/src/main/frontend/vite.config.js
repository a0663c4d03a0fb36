import { defineConfig } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

// Built into the Spring Boot jar's static/ by Maven (see map-portal/pom.xml); no CDN at run time.
export default defineConfig({
  plugins: [preloadShell, precompress],
  build: { sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
