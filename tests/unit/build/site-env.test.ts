// SITE_URL, BASE_PATH and the repository address as a team sets them for its host (README, "Deploy").
import { describe, expect, it } from 'vitest';
import { defaultSiteUrl, siteEnv } from '../../../src/build/site-env.ts';
import { underBase } from '../../../src/build/base-links.ts';
import { markdownPath } from '../../../src/lib/site.ts';

describe('siteEnv', () => {
  it('keeps today’s build without any variable: the placeholder address, at the root, no edit link', () => {
    expect(siteEnv({})).toEqual({ site: defaultSiteUrl, base: '/', editUrl: null });
    expect(siteEnv({ SITE_URL: '', BASE_PATH: '' })).toEqual({ site: defaultSiteUrl, base: '/', editUrl: null });
  });

  it('takes the address and sub-path however the slashes are written', () => {
    for (const BASE_PATH of ['/co-sell', 'co-sell', '/co-sell/', 'co-sell/']) {
      expect(siteEnv({ SITE_URL: 'https://guide.example.net/', BASE_PATH })).toMatchObject({
        site: 'https://guide.example.net',
        base: '/co-sell/',
      });
    }
    expect(siteEnv({ BASE_PATH: '/' }).base).toBe('/');
    expect(siteEnv({ BASE_PATH: '/docs/co-sell.v2' }).base).toBe('/docs/co-sell.v2/');
  });

  it('rejects what cannot be an address, naming the variable and what to write instead', () => {
    expect(() => siteEnv({ SITE_URL: 'guide.example.net' })).toThrow(
      /^SITE_URL="guide.example.net": not an absolute URL/,
    );
    expect(() => siteEnv({ SITE_URL: 'ftp://guide.example.net' })).toThrow(/^SITE_URL=.*http or https/);
    expect(() => siteEnv({ SITE_URL: 'https://owner.github.io/co-sell' })).toThrow(
      'SITE_URL="https://owner.github.io/co-sell": give the origin only (https://owner.github.io) and the path in BASE_PATH (/co-sell)',
    );
    for (const BASE_PATH of ['/co sell', '/a/../b', '/?x', '/#top', '/a//b']) {
      expect(() => siteEnv({ BASE_PATH }), BASE_PATH).toThrow(/^BASE_PATH=.*expected a path such as \/co-sell/);
    }
    expect(() => siteEnv({ REPO_URL: 'git@github.com:o/r.git' })).toThrow(/^REPO_URL=/);
  });

  it('gives the edit address from EDIT_URL, else from REPO_URL on REPO_BRANCH (main by default)', () => {
    expect(siteEnv({ REPO_URL: 'https://github.com/o/r' }).editUrl).toBe('https://github.com/o/r/edit/main/');
    expect(siteEnv({ REPO_URL: 'https://github.com/o/r.git/', REPO_BRANCH: 'trunk' }).editUrl).toBe(
      'https://github.com/o/r/edit/trunk/',
    );
    expect(
      siteEnv({ REPO_URL: 'https://github.com/o/r', EDIT_URL: 'https://git.example.net/o/r/-/edit/main' }).editUrl,
    ).toBe('https://git.example.net/o/r/-/edit/main/');
  });
});

describe('links under the base path', () => {
  it('puts the pages’ root-relative links under the base, and nothing else', () => {
    expect(underBase('/en/sources/#src-S-01', '/co-sell/')).toBe('/co-sell/en/sources/#src-S-01');
    expect(underBase('/en/', '/')).toBe('/en/');
    for (const url of ['#fee', 'https://learn.microsoft.com/', '//cdn.example/x', '../statuses/', 'mailto:a@b.c']) {
      expect(underBase(url, '/co-sell/')).toBe(url);
    }
  });

  it('gives every guide page a Markdown address of its own', () => {
    expect(markdownPath('/en/benefits/')).toBe('/en/benefits.md');
    expect(markdownPath('/ja/')).toBe('/ja/index.md');
  });
});
