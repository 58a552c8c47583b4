import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { builtPolicy, pruneUnusedHashes } from '../../../src/build/frame-integration.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

it("keeps in every page's CSP the hashes some page uses, and drops those no page uses", () => {
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

  pruneUnusedHashes(dist);

  const expected = `default-src 'self'; script-src 'self' ${hash(boot)} ${hash(island)}; style-src 'self' ${hash(style)};`;
  // Pages keep one policy: the island page's script stays allowed on the page without it.
  expect(builtPolicy(dist)).toBe(expected);
  expect(readFileSync(join(dist, 'calc.html'), 'utf8')).toContain(`<script>${island}</script>`);
});
