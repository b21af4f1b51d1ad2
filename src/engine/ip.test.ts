// CIDR arithmetic for ipBlock: IPv4 and IPv6, every prefix length.
import { describe, expect, it } from 'vitest';
import { inCidr, parseCidr, parseIp } from './ip';

describe('parseIp', () => {
  it('reads IPv4 and refuses out-of-range or malformed text', () => {
    expect(parseIp('10.0.0.1')).toEqual({ v6: false, value: 0x0a000001n });
    expect(parseIp('255.255.255.255')?.value).toBe(0xffffffffn);
    for (const bad of ['256.0.0.1', '1.2.3', '1.2.3.4.5', '1.2.3.-4', ' 1.2.3.4', '', 'web', 'a.b.c.d']) expect(parseIp(bad)).toBeUndefined();
  });

  it('reads IPv6 with ::, leading zeros, mixed case and an embedded IPv4 tail', () => {
    expect(parseIp('::')?.value).toBe(0n);
    expect(parseIp('::1')?.value).toBe(1n);
    expect(parseIp('2001:DB8::1')?.value).toBe(parseIp('2001:0db8:0000:0000:0000:0000:0000:0001')?.value);
    expect(parseIp('::ffff:10.0.0.1')?.value).toBe((0xffffn << 32n) | 0x0a000001n);
    expect(parseIp('1::')?.value).toBe(1n << 112n);
    for (const bad of ['1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', ':::', '1:2:3:4:5:6:7', 'g::1', '1:2:3:4:5:6:7::8:9']) expect(parseIp(bad)).toBeUndefined();
  });
});

describe('CIDR containment', () => {
  it('IPv4 prefix edges', () => {
    expect(inCidr('10.0.0.0/8', '10.255.255.255')).toBe(true);
    expect(inCidr('10.0.0.0/8', '11.0.0.0')).toBe(false);
    expect(inCidr('192.168.1.0/24', '192.168.1.77')).toBe(true);
    expect(inCidr('192.168.1.0/24', '192.168.2.1')).toBe(false);
    expect(inCidr('1.2.3.4/32', '1.2.3.4')).toBe(true);
    expect(inCidr('1.2.3.4/32', '1.2.3.5')).toBe(false);
    expect(inCidr('0.0.0.0/0', '203.0.113.9')).toBe(true);
    expect(inCidr('10.0.0.1/31', '10.0.0.0')).toBe(true);
    expect(inCidr('10.0.0.1/31', '10.0.0.2')).toBe(false);
  });

  it('host bits in the CIDR are masked off, as Kubernetes reads 10.1.2.3/16', () => {
    expect(parseCidr('10.1.2.3/16')).toEqual({ v6: false, base: 0x0a010000n, bits: 16 });
    expect(inCidr('10.1.2.3/16', '10.1.200.1')).toBe(true);
  });

  it('IPv6 prefix edges', () => {
    expect(inCidr('2001:db8::/32', '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff')).toBe(true);
    expect(inCidr('2001:db8::/32', '2001:db9::')).toBe(false);
    expect(inCidr('::/0', 'fe80::1')).toBe(true);
    expect(inCidr('fd00::1/128', 'fd00::1')).toBe(true);
    expect(inCidr('fd00::1/128', 'fd00::2')).toBe(false);
    expect(inCidr('fd00::/8', 'fc00::1')).toBe(false);
    expect(inCidr('fd00::/7', 'fc00::1')).toBe(true);
    expect(inCidr('fc00::/7', 'fdff::1')).toBe(true);
  });

  it('families never mix: 0.0.0.0/0 holds no IPv6 address and ::/0 no IPv4 address', () => {
    expect(inCidr('0.0.0.0/0', '::1')).toBe(false);
    expect(inCidr('::/0', '10.0.0.1')).toBe(false);
  });

  it('invalid CIDRs contain nothing', () => {
    for (const bad of ['10.0.0.0/33', '10.0.0.0/-1', '10.0.0.0/x', '::/129', 'web/8']) expect(inCidr(bad, '10.0.0.1')).toBe(false);
  });
});
