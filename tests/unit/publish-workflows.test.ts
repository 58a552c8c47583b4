// The GitHub workflows as GitHub reads them: CI runs README's test command on every push and pull request, and the
// Pages deployment builds for the repository's Pages address with the official actions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  container?: string;
  needs?: string | string[];
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const action = (step: Step) => step.uses?.replace(/@.*/, '');
const indexOf = (steps: Step[], test: (s: Step) => boolean) => {
  const i = steps.findIndex(test);
  expect(i, 'step present').toBeGreaterThanOrEqual(0);
  return i;
};

describe('CI workflow', () => {
  const ci = workflow('ci.yml');
  const [job, ...others] = Object.values(ci.jobs);

  it('runs on every push and every pull request, with read-only access', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on.push ?? {}).not.toHaveProperty('branches');
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(others).toEqual([]);
  });

  it('checks out a repository, then runs .ci/run (README’s test command) on Debian, where it installs Chromium by apt', () => {
    const steps = job!.steps;
    expect(job!.container).toMatch(/^debian:/);
    const git = indexOf(steps, (s) => /apt-get install .*\bgit\b/.test(s.run ?? '') && /\bnpm\b/.test(s.run ?? ''));
    const checkout = indexOf(steps, (s) => action(s) === 'actions/checkout');
    const run = indexOf(steps, (s) => s.run?.trim() === 'bash .ci/run');
    expect(git).toBeLessThan(checkout);
    expect(checkout).toBeLessThan(run);
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/apt-get install -y chromium/);
  });
});

describe('GitHub Pages workflow', () => {
  const deploy = workflow('deploy.yml');
  const build = deploy.jobs.build!;
  const steps = build.steps;

  it('publishes pushes to main, may be run by hand, with the rights Pages deployment needs', () => {
    expect(deploy.on).toHaveProperty('push.branches', ['main']);
    expect(deploy.on).toHaveProperty('workflow_dispatch');
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('builds with the address and base path configure-pages gives for the repository, from the whole history', () => {
    const checkout = steps[indexOf(steps, (s) => action(s) === 'actions/checkout')]!;
    expect(checkout.with?.['fetch-depth']).toBe(0);
    const pagesAt = indexOf(steps, (s) => action(s) === 'actions/configure-pages');
    const id = steps[pagesAt]!.id;
    expect(id).toBeTruthy();
    const install = indexOf(steps, (s) => s.run?.trim() === 'npm ci');
    const buildAt = indexOf(steps, (s) => s.run?.trim() === 'npm run build');
    expect(Math.max(pagesAt, install)).toBeLessThan(buildAt);
    expect(steps[buildAt]!.env).toMatchObject({
      SITE_URL: `\${{ steps.${id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${id}.outputs.base_path }}`,
      REPO_URL: '${{ github.server_url }}/${{ github.repository }}',
    });
    const upload = indexOf(steps, (s) => action(s) === 'actions/upload-pages-artifact');
    expect(steps[upload]!.with?.path).toBe('dist');
    expect(buildAt).toBeLessThan(upload);
  });

  it('deploys the uploaded site with deploy-pages, after the build, to the github-pages environment', () => {
    const job = Object.values(deploy.jobs).find((j) => j.steps.some((s) => action(s) === 'actions/deploy-pages'))!;
    expect([job.needs].flat()).toContain('build');
    expect(job.environment?.name).toBe('github-pages');
  });
});

it('pins every action of both workflows to a major version', () => {
  const uses = ['ci.yml', 'deploy.yml'].flatMap((f) =>
    Object.values(workflow(f).jobs).flatMap((j) => j.steps.flatMap((s) => s.uses ?? [])),
  );
  expect(uses.length).toBeGreaterThanOrEqual(5);
  for (const u of uses) expect(u).toMatch(/^actions\/[\w-]+@v\d+$/);
});
