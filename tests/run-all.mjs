// The whole suite in order: type check, lint, format check, unit and component tests, production build, byte budgets,
// browser tests.
// Ends with one line of totals ("N passed, N failed") and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsDir = 'test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const steps = [
  { name: 'type check', cmd: 'npm', args: ['run', '--silent', 'check'] },
  // Lint and format problems say nothing about whether the code works: the later steps run anyway.
  { name: 'lint', cmd: 'npm', args: ['run', '--silent', 'lint'], independent: true },
  { name: 'format', cmd: 'npm', args: ['run', '--silent', 'format:check'], independent: true },
  {
    name: 'unit tests',
    cmd: 'npm',
    args: [
      'run',
      '--silent',
      'test:unit',
      '--',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${resultsDir}/unit.json`,
    ],
    counts: () => {
      const r = readJson(`${resultsDir}/unit.json`);
      return r && { passed: r.numPassedTests, failed: r.numFailedTests };
    },
  },
  { name: 'build', cmd: 'npm', args: ['run', '--silent', 'build'] },
  {
    name: 'byte budgets',
    cmd: 'npm',
    args: [
      'exec',
      '--',
      'vitest',
      'run',
      '--config',
      'tests/budgets/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${resultsDir}/budgets.json`,
    ],
    counts: () => {
      const r = readJson(`${resultsDir}/budgets.json`);
      return r && { passed: r.numPassedTests, failed: r.numFailedTests };
    },
    // A page over budget says nothing about whether the browser tests pass: run them anyway.
    independent: true,
  },
  {
    name: 'browser tests',
    cmd: 'npm',
    args: ['run', '--silent', 'test:e2e'],
    counts: () => {
      const r = readJson(`${resultsDir}/e2e.json`);
      return r && { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
    },
  },
];

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const { status } = spawnSync(step.cmd, step.args, { stdio: 'inherit' });
  const counts = step.counts?.();
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  if (status !== 0) {
    failedSteps.push(step.name);
    // A failed step with no test counts of its own (check, lint, format, build) counts as one failure.
    if (!counts || counts.failed === 0) failed += 1;
    // Later steps need the earlier ones (the browser tests need the build).
    if (!step.independent) break;
  }
}

console.log('');
if (failedSteps.length) console.log(`failed step: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
