import { beforeAll, describe, expect, it } from 'vitest';
import { budgets } from './budgets.js';
import { type BuiltBundle, buildBundle, entries } from './build-bundles.js';
import { measureSize } from './measure-size.js';

describe('given the smallest app, <AuthProvider><SignIn /></AuthProvider> with React external', () => {
  describe('when it is built as minified ESM', () => {
    let bundle: BuiltBundle = { js: '', lazyJs: '', css: '' };
    beforeAll(async () => {
      bundle = await buildBundle({ entry: entries.minimalApp });
    });

    it('ships the sign-in screen and its stylesheet', () => {
      expect(bundle.js).toContain('data-af-part');
      expect(bundle.css).toContain('--af-color-primary');
    });

    it(`stays within ${budgets.minimalAppJsGzip} bytes of gzip JavaScript`, () => {
      expect(measureSize(bundle.js).gzip).toBeLessThanOrEqual(budgets.minimalAppJsGzip);
    });

    it(`stays within ${budgets.minimalAppCssGzip} bytes of gzip CSS`, () => {
      expect(measureSize(bundle.css).gzip).toBeLessThanOrEqual(budgets.minimalAppCssGzip);
    });

    it('carries American English only: locale packs are entry points of their own', () => {
      expect(bundle.js).toContain('Sign in');
      for (const tag of ['ar-SA', 'he-IL', 'de-DE', 'ja-JP', 'zh-CN']) expect(bundle.js).not.toContain(tag);
    });

    it('compiles passkeys in, with @simplewebauthn/browser in a chunk loaded only by a passkey action', () => {
      expect(bundle.js).toContain('Sign in with a passkey');
      expect(bundle.lazyJs).toContain('navigator.credentials');
      expect(bundle.js).not.toContain('navigator.credentials');
    });

    it('leaves React to the host app', () => {
      expect(bundle.js).toMatch(/from\s*"react"/);
      expect(bundle.js).not.toContain('Minified React error');
    });
  });
});
