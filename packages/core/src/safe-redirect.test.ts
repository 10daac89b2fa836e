import { describe, expect, it } from 'vitest';
import { pickSafeRedirect, toSafeRedirect } from './safe-redirect.js';

describe('toSafeRedirect', () => {
  describe('given a same-origin relative path', () => {
    it.each([
      ['/dashboard', '/dashboard'],
      ['/settings/security?tab=2fa#codes', '/settings/security?tab=2fa#codes'],
      ['/search?q=a b', '/search?q=a%20b'],
      ['/files/report%202024.pdf', '/files/report%202024.pdf'],
      ['/a/./b/../c', '/a/c'],
    ])('it keeps %s as %s', (target, expected) => {
      expect(toSafeRedirect(target)).toBe(expected);
    });
  });

  describe('given a target that leaves the site or runs code', () => {
    it.each([
      ['https://evil.example/login', 'absolute'],
      ['http:evil.example', 'scheme without slashes'],
      ['//evil.example', 'protocol-relative'],
      ['///evil.example', 'triple slash'],
      ['/\\evil.example', 'backslash'],
      ['\\\\evil.example', 'double backslash'],
      ['/\t/evil.example', 'tab between slashes'],
      ['/\n/evil.example', 'newline between slashes'],
      ['/%2F/evil.example', 'encoded second slash'],
      ['/%2f%2fevil.example', 'encoded slashes, lowercase'],
      ['/%5Cevil.example', 'encoded backslash'],
      ['/%252F%252Fevil.example', 'double-encoded slashes'],
      ['/%09/evil.example', 'encoded tab'],
      ['/a/../..//evil.example', 'dot segments collapsing to //'],
      ['/%2e%2e/%2e%2e//evil.example', 'encoded dot segments collapsing to //'],
      ['javascript:alert(1)', 'javascript: URL'],
      ['JaVaScRiPt:alert(1)', 'mixed-case javascript: URL'],
      [' javascript:alert(1)', 'javascript: URL with a leading space'],
      ['data:text/html,<script>alert(1)</script>', 'data: URL'],
      ['dashboard', 'relative without a leading slash'],
      ['', 'empty'],
      ['/%E0%A4%A', 'malformed percent-encoding'],
      [`/${'a'.repeat(3000)}`, 'absurdly long'],
    ])('it refuses %s (%s)', (target) => {
      expect(toSafeRedirect(target)).toBeNull();
    });

    it('it refuses a missing target', () => {
      expect(toSafeRedirect(undefined)).toBeNull();
      expect(toSafeRedirect(null)).toBeNull();
    });
  });
});

describe('pickSafeRedirect', () => {
  it('given a safe prop and a safe query, it prefers the prop', () => {
    expect(pickSafeRedirect('/from-prop', '?redirect_url=%2Ffrom-query')).toBe('/from-prop');
  });

  it('given no prop, it reads redirect_url from the query', () => {
    expect(pickSafeRedirect(undefined, '?redirect_url=%2Forders%3Fpage%3D2')).toBe('/orders?page=2');
  });

  it('given an unsafe prop, it falls back to a safe query', () => {
    expect(pickSafeRedirect('https://evil.example', '?redirect_url=/home')).toBe('/home');
  });

  it('given an unsafe query, it goes nowhere', () => {
    expect(pickSafeRedirect(undefined, '?redirect_url=%2F%2Fevil.example')).toBeNull();
    expect(pickSafeRedirect(undefined, '?redirect_url=javascript%3Aalert(1)')).toBeNull();
    expect(pickSafeRedirect(undefined, '')).toBeNull();
  });
});
