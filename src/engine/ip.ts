// IPv4/IPv6 addresses and CIDR containment for ipBlock (NetworkPolicy) and ipBlocks (Istio).
export interface Cidr {
  v6: boolean;
  base: bigint;
  bits: number;
}

export function parseIp(s: string): { v6: boolean; value: bigint } | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) {
    const parts = s.split('.').map(Number);
    if (parts.some((p) => p > 255)) return undefined;
    return { v6: false, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
  }
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+$/.test(s)) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const expand = (gs: string[]): number[] | undefined => {
    const out: number[] = [];
    for (const [i, g] of gs.entries()) {
      if (g.includes('.') && i === gs.length - 1) {
        const v4 = parseIp(g);
        if (!v4 || v4.v6) return undefined;
        out.push(Number(v4.value >> 16n), Number(v4.value & 0xffffn));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(g)) out.push(parseInt(g, 16));
      else return undefined;
    }
    return out;
  };
  const head = expand(groups(halves[0]!));
  const tail = halves.length === 2 ? expand(groups(halves[1]!)) : [];
  if (!head || !tail) return undefined;
  const fill = 8 - head.length - tail.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return undefined;
  const all = [...head, ...Array(halves.length === 2 ? fill : 0).fill(0), ...tail];
  return { v6: true, value: all.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n) };
}

export function parseCidr(s: string): Cidr | undefined {
  const [addr, len] = s.includes('/') ? s.split('/') : [s, undefined];
  const ip = parseIp(addr!);
  if (!ip) return undefined;
  const max = ip.v6 ? 128 : 32;
  const bits = len === undefined ? max : Number(len);
  if (!Number.isInteger(bits) || bits < 0 || bits > max) return undefined;
  const mask = bits === 0 ? 0n : ((1n << BigInt(bits)) - 1n) << BigInt(max - bits);
  return { v6: ip.v6, base: ip.value & mask, bits };
}

export function cidrContains(cidr: Cidr, ip: { v6: boolean; value: bigint }): boolean {
  if (cidr.v6 !== ip.v6) return false;
  const max = cidr.v6 ? 128 : 32;
  const shift = BigInt(max - cidr.bits);
  return ip.value >> shift === cidr.base >> shift;
}

export function inCidr(cidrText: string, ipText: string): boolean {
  const c = parseCidr(cidrText);
  const ip = parseIp(ipText);
  return !!c && !!ip && cidrContains(c, ip);
}
