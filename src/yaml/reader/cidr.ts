// CIDR syntax check for ipBlock fields (the engine does the matching).
const V4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIPv4(s: string): boolean {
  return V4.test(s);
}

export function isIPv6(s: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(s) || !s.includes(':')) return false;
  const parts = s.split('::');
  if (parts.length > 2) return false;
  const groups = parts.flatMap((p) => (p === '' ? [] : p.split(':')));
  const last = groups[groups.length - 1];
  const v4tail = last !== undefined && last.includes('.');
  if (v4tail && !isIPv4(last)) return false;
  const count = groups.length + (v4tail ? 1 : 0);
  if (!groups.every((g, i) => (v4tail && i === groups.length - 1) || /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return parts.length === 2 ? count < 8 : count === 8;
}

/** `10.0.0.0/8`, `2001:db8::/32`: an address and a prefix length that fits its family. */
export function isCidr(s: string): boolean {
  const m = /^(.+)\/(\d{1,3})$/.exec(s);
  if (!m) return false;
  const bits = Number(m[2]);
  if (isIPv4(m[1]!)) return bits <= 32;
  if (isIPv6(m[1]!)) return bits <= 128;
  return false;
}
