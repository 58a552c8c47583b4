import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { prunePolicies } from '../../../src/build/frame-integration.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

it("keeps in each page's CSP only its own inline hashes, and gives _headers those some page uses", () => {
  const dist = mkdtempSync(join(tmpdir(), 'csp-'));
  const [boot, island, style, unused] = ['boot()', 'island()', 'x{display:contents}', 'never()'];
  const policy = `default-src 'self'; script-src 'self' ${hash(boot)} ${hash(island)} ${hash(unused)}; style-src 'self' ${hash(style)} ${hash('')};`;
  mkdirSync(join(dist, 'ja'));
  writeFileSync(join(dist, 'ja/index.html'), page(policy, `<script>${boot}</script>`));
  writeFileSync(
    join(dist, 'calc.html'),
    page(
      policy,
      `<script>${boot}</script><script>${island}</script><style>${style}</style><script type="application/ld+json">{}</script>`,
    ),
  );

  const site = prunePolicies(dist);

  expect(site).toBe(
    `default-src 'self'; script-src 'self' ${hash(boot)} ${hash(island)}; style-src 'self' ${hash(style)};`,
  );
  // The page without the island allows only its bootstrap; the island page its own scripts and style.
  expect(readFileSync(join(dist, 'ja/index.html'), 'utf8')).toContain(
    `content="default-src 'self'; script-src 'self' ${hash(boot)}; style-src 'self';"`,
  );
  expect(readFileSync(join(dist, 'calc.html'), 'utf8')).toContain(`content="${site}"`);
});

it('fails the build when pages carry different policies', () => {
  const dist = mkdtempSync(join(tmpdir(), 'csp-'));
  writeFileSync(join(dist, 'a.html'), page("default-src 'self';", ''));
  writeFileSync(join(dist, 'b.html'), page("default-src 'none';", ''));
  expect(() => prunePolicies(dist)).toThrow(/2 different CSPs/);
});
