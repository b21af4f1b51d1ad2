// Turning canvas node ids into query endpoints (an outside CIDR is asked about through one address inside it).
import { parseCidr } from '../../engine/ip';

export function representativeIp(cidr: string): string | undefined {
  if (cidr === '0.0.0.0/0') return '203.0.113.10';
  if (cidr === '::/0') return '2001:db8::10';
  const c = parseCidr(cidr);
  if (!c) return undefined;
  if (c.v6) {
    const v = c.base + (c.bits < 128 ? 1n : 0n);
    const hex = v.toString(16).padStart(32, '0');
    return hex.match(/.{4}/g)!.join(':');
  }
  const v = Number(c.base) + (c.bits < 32 ? 1 : 0);
  return [24, 16, 8, 0].map((s) => (v >>> s) & 255).join('.');
}

/** `ns/name` stays; `external:<cidr>` becomes an IP in it; namespaces have no single endpoint. */
export function queryEndpoint(nodeId: string): string | undefined {
  if (nodeId.startsWith('namespace:')) return undefined;
  if (nodeId.startsWith('external:')) return representativeIp(nodeId.slice('external:'.length));
  return nodeId;
}
