// A cold production build: no dist/, no Astro or Vite caches, so the time is what CI and a fresh clone see.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

/** @returns {{ ok: true, seconds: number } | { ok: false, output: string }} */
export function coldBuild() {
  for (const dir of ['dist', '.astro', 'node_modules/.vite', 'node_modules/.astro']) {
    rmSync(dir, { recursive: true, force: true });
  }
  const start = performance.now();
  const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  return build.status === 0 ? { ok: true, seconds } : { ok: false, output: `${build.stdout}\n${build.stderr}` };
}
