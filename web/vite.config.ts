import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** Removes `@media` blocks whose query uses the old Internet Explorer `\0` hack. */
function removeIeMediaHacks(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@media', i);
    if (at === -1) break;
    const open = css.indexOf('{', at);
    if (open === -1) break;
    if (!css.slice(at, open).includes('\\0')) {
      out += css.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    let depth = 1;
    let j = open + 1;
    while (j < css.length && depth > 0) {
      if (css[j] === '{') depth += 1;
      else if (css[j] === '}') depth -= 1;
      j += 1;
    }
    out += css.slice(i, at);
    i = j;
  }
  return out + css.slice(i);
}

/**
 * The GOV.UK Transport typeface and the crown are reserved for GOV.UK services.
 * govuk-frontend's precompiled CSS declares the font with @font-face and points the header
 * at the crest image; drop both so Haven's bundle never references them (haven.css sets
 * Haven's own font stack and header).
 */
function stripGovukBranding(): Plugin {
  return {
    name: 'haven-strip-govuk-branding',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('govuk-frontend') || !id.split('?')[0].endsWith('.css')) return null;
      const stripped = removeIeMediaHacks(code)
        .replace(/@font-face\s*\{[^}]*\}/g, '')
        .replace(/url\(\/assets\/images\/govuk-crest\.svg\)/g, 'none')
        .replace(/"?GDS Transport"?\s*,\s*arial\s*,\s*sans-serif/gi, 'var(--haven-font)');
      return { code: stripped, map: null };
    },
  };
}

const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  root: webRoot,
  plugins: [stripGovukBranding(), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than Haven's pages: a chunk of their own caches better
        // (and keeps each chunk under Vite's size warning).
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
});
