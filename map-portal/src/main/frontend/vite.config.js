import { defineConfig } from 'vite';

// Built into the Spring Boot jar's static/ by Maven (see map-portal/pom.xml); no CDN at run time.
export default defineConfig({
  build: { sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
