// README is what a newcomer reads first: its folder map must match the tree, and the top level stays as agreed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

/** The backticked paths each item of the folder map names before its colon, `<locale>` read as `ja`. */
function mappedPaths(): string[] {
  const section = readme.split('## Folder map')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('- `'))
    .flatMap((line) =>
      [
        ...line
          .split('`:')[0]!
          .concat('`')
          .matchAll(/`([^`]+)`/g),
      ].map((m) => m[1]!.replace('<locale>', 'ja')),
    );
}

/** The files in git, so that a local scratch file or editor folder does not count. */
const trackedFiles = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);

/** The entries right under `dir` ('' for the top level) that hold a tracked file. */
function tracked(dir: string): string[] {
  const prefix = dir ? `${dir}/` : '';
  return [
    ...new Set(trackedFiles.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0]!)),
  ];
}

describe('README', () => {
  it('is a front door a newcomer reads in a minute: at most 6 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(6 * 1024);
  });

  it('maps only paths that exist', () => {
    const paths = mappedPaths();
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !existsSync(p.replace(/\/$/, '')))).toEqual([]);
  });

  it('maps every folder of src/, content/ and tests/', () => {
    const paths = mappedPaths().map((p) => p.replace(/\/$/, ''));
    const covered = (path: string) =>
      paths.some((p) => path === p || path.startsWith(`${p}/`) || p.startsWith(`${path}/`));
    const folders = ['src', 'content', 'tests'].flatMap((top) =>
      tracked(top)
        .filter((name) => statSync(join(top, name)).isDirectory())
        .map((name) => `${top}/${name}`),
    );
    expect(folders.filter((f) => !covered(f))).toEqual([]);
  });

  it('keeps the top level to the agreed folders, the lock file and tool configs', () => {
    const agreed = [
      'src',
      'content',
      'public',
      'tests',
      'astro.config.mjs',
      'package.json',
      'tsconfig.json',
      'README.md',
    ];
    const tooling = [
      ...['.ci', '.github', 'package-lock.json', '.gitignore', 'CONTRIBUTING.md'],
      ...['vitest.config.ts', 'playwright.config.ts', 'tsconfig.svelte-check.json'],
      ...['eslint.config.js', '.prettierrc.json', '.prettierignore'],
    ];
    const top = tracked('');
    expect(agreed.filter((entry) => !top.includes(entry))).toEqual([]);
    expect(top.filter((entry) => !agreed.includes(entry) && !tooling.includes(entry))).toEqual([]);
  });
});
