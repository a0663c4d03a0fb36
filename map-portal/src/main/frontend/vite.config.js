import { defineConfig } from 'vite';

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

// Built into the Spring Boot jar's static/ by Maven (see map-portal/pom.xml); no CDN at run time.
export default defineConfig({
  plugins: [preloadShell],
  build: { sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
