// npm run bench: builds the site once and prints what each page costs, gzipped.
import { spawnSync } from 'node:child_process';
import { builtPagesOf } from './built-pages.mjs';
import { pageWeight } from './page-weight.mjs';

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('bench: the build failed');
  process.exit(1);
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
console.log(`${'page'.padEnd(36)} ${'HTML KB'.padStart(8)} ${'CSS KB'.padStart(8)} ${'JS KB'.padStart(8)}`);
for (const page of builtPagesOf('dist')) {
  const w = pageWeight('dist', page);
  console.log(`${page.padEnd(36)} ${kb(w.html).padStart(8)} ${kb(w.css).padStart(8)} ${kb(w.js).padStart(8)}`);
}
