import { describe, expect, it } from 'vitest';
import { truncateClientAddress } from './truncate-client-address.js';

describe('truncateClientAddress', () => {
  it('keeps the /24 of an IPv4 address', () => {
    expect(truncateClientAddress('203.0.113.77')).toBe('203.0.113.0/24');
  });

  it('reads an IPv4-mapped IPv6 address as IPv4', () => {
    expect(truncateClientAddress('::ffff:127.0.0.1')).toBe('127.0.0.0/24');
  });

  it('keeps the /48 of an IPv6 address, compressed or not', () => {
    expect(truncateClientAddress('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::/48');
    expect(truncateClientAddress('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(truncateClientAddress('::1')).toBe('0:0:0::/48');
    expect(truncateClientAddress('fe80::1%eth0')).toBe('fe80:0:0::/48');
  });

  it.each(['unknown', '', '999.1.1.1', '1.2.3', '1::2::3', 'gggg::1', '1:2:3:4:5:6:7:8:9'])(
    'answers null for %j',
    (address) => {
      expect(truncateClientAddress(address)).toBeNull();
    },
  );
});
