// .ci/run as CI sees it: README's test command run verbatim, a non-zero exit on any failure, and a last line of
// totals whatever stopped it. Each case runs the real script in a scratch folder with its own README.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function ciRun(readme: string): { status: number | null; lastLine: string; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ci-run-'));
  mkdirSync(join(dir, '.ci'));
  copyFileSync('.ci/run', join(dir, '.ci/run'));
  writeFileSync(join(dir, 'README.md'), readme);
  // Where Debian's Chromium is missing the script installs it: a stand-in apt-get keeps this test off the network.
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin/apt-get'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(dir, 'bin/apt-get'), 0o755);
  const { status, stdout, stderr } = spawnSync('bash', [join(dir, '.ci/run')], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
  });
  return { status, stdout, stderr, lastLine: stdout.trimEnd().split('\n').at(-1) ?? '' };
}

const readmeWith = (command: string) =>
  `# Project\n\n<!-- test-command -->\n\`\`\`\n${command}\n\`\`\`\n<!-- /test-command -->\n`;

describe('.ci/run', () => {
  it('runs the command between the README markers and passes when it does', () => {
    const run = ciRun(readmeWith('echo "5 passed, 0 failed"'));
    expect(run.status).toBe(0);
    expect(run.lastLine).toBe('5 passed, 0 failed');
  });

  it('fails with the suite, keeping its totals as the one last line', () => {
    const run = ciRun(readmeWith('echo "5 passed, 2 failed"; exit 1'));
    expect(run.status).not.toBe(0);
    expect(run.lastLine).toBe('5 passed, 2 failed');
    expect(run.stdout.match(/^\d+ passed, \d+ failed$/gm)).toHaveLength(1);
  });

  it('fails with a line of totals when the suite never ran (npm ci failed)', () => {
    const run = ciRun(readmeWith('echo installing; false && echo "5 passed, 0 failed"'));
    expect(run.status).not.toBe(0);
    expect(run.lastLine).toBe('0 passed, 1 failed');
  });

  it('says so and fails when README has no test command', () => {
    const run = ciRun('# Project\n');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('README has no test command');
    expect(run.lastLine).toBe('0 passed, 1 failed');
  });
});
