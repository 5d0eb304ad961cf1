// Builds the web client when it is missing or older than its sources, so `npm start` always
// serves the current pages without rebuilding on every start.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'web', 'dist', 'index.html');

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(built) || newest(path.join(root, 'web')) > statSync(built).mtimeMs) {
  console.log('Building the web client…');
  execSync('npx vite build --config web/vite.config.ts --logLevel warn', {
    cwd: root,
    stdio: 'inherit',
  });
}
