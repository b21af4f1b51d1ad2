// warningsFor answers from the workload index and caches; the straightforward reading below (every workload
// searched for each check) must give the same warnings, in the same order, on any cluster.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDistinct } from '../../bench/generate-distinct';
import type { Cluster, IPBlock, Message } from '../model';
import { parseManifests } from '../yaml';
import { createEngineInternals } from './engine';
import { intersects, isEmpty } from './bitset';
import { cidrContains, parseCidr, parseIp } from './ip';
import { matchesLabels } from './labels';
import { msg } from './reasons';
import { meshClusterArb, netpolClusterArb } from './testing/arbitrary';
import { warningsFor } from './warnings';

const list = (xs: string[]) => (xs.length > 6 ? msg('warning.listMore', { first: xs.slice(0, 6).join(', '), total: xs.length }) : xs.join(', '));

function straightforward(cluster: Cluster): Message[] {
  const engine = createEngineInternals(cluster);
  const { sets, index } = engine.connectivityParts();
  const workloads = engine.resolver.workloads();
  const out: Message[] = [];
  let ipBlocks = 0;
  const podIps = workloads.flatMap((w) => {
    const ip = w.podIP ? parseIp(w.podIP) : undefined;
    return ip ? [{ id: `${w.namespace}/${w.name}`, ip }] : [];
  });
  const inBlock = (b: IPBlock) => {
    const cidr = parseCidr(b.cidr);
    const except = (b.except ?? []).map(parseCidr);
    if (!cidr) return [];
    return podIps.filter(({ ip }) => cidrContains(cidr, ip) && !except.some((e) => e && cidrContains(e, ip))).map((p) => p.id);
  };
  for (const np of cluster.networkPolicies) {
    const policy = `${np.namespace}/${np.name}`;
    if (!intersects(sets.selected(np), index.namespaceSet(np.namespace))) out.push(msg('warning.selectsNothing', { policy, namespace: np.namespace }));
    for (const [dir, rules] of [
      ['ingress', np.ingress],
      ['egress', np.egress],
    ] as const) {
      const peerKey = dir === 'ingress' ? 'from' : 'to';
      for (const [i, rule] of (rules ?? []).entries()) {
        for (const [j, peer] of (rule.peers ?? []).entries()) {
          if (peer.ipBlock) {
            ipBlocks++;
            const inside = inBlock(peer.ipBlock);
            if (inside.length > 0) out.push(msg('warning.ipBlockPods', { policy, path: `${dir}[${i}].${peerKey}[${j}]`, cidr: peer.ipBlock.cidr, workloads: list(inside) }));
          } else if (isEmpty(sets.peerSet(peer, np))) out.push(msg('warning.peerMatchesNothing', { policy, path: `${dir}[${i}].${peerKey}[${j}]` }));
        }
        for (const [j, port] of (rule.ports ?? []).entries()) {
          if (typeof port.port !== 'string') continue;
          const name = port.port;
          const protocol = port.protocol ?? 'TCP';
          if (!workloads.some((w) => w.ports.some((p) => p.name === name && p.protocol === protocol)))
            out.push(msg('warning.portNameMatchesNothing', { policy, path: `${dir}[${i}].ports[${j}]`, name, protocol }));
        }
      }
    }
  }
  if (ipBlocks > 0) out.push(msg('warning.ipBlocksOutside', { number: ipBlocks }));
  for (const ap of cluster.authorizationPolicies) {
    if (ap.selector) {
      const rootWide = ap.namespace === 'istio-system';
      if (!workloads.some((w) => (rootWide || w.namespace === ap.namespace) && matchesLabels(ap.selector!.matchLabels, w.labels)))
        out.push(msg('warning.authzSelectsNothing', { policy: `${ap.namespace}/${ap.name}` }));
    }
    if (ap.dryRun) out.push(msg('warning.authzDryRun', { policy: `${ap.namespace}/${ap.name}` }));
    if (ap.targetRefs) out.push(msg('warning.authzTargetRefs', { policy: `${ap.namespace}/${ap.name}` }));
    if (ap.action === 'CUSTOM') out.push(msg('warning.authzCustom', { policy: `${ap.namespace}/${ap.name}` }));
  }
  const host = workloads.filter((w) => w.hostNetwork).map((w) => `${w.namespace}/${w.name}`);
  if (host.length > 0) out.push(msg('warning.hostNetwork', { workloads: list(host) }));
  return out;
}

const same = (c: Cluster): void => {
  expect(warningsFor(createEngineInternals(c))).toEqual(straightforward(c));
};

describe('cluster warnings', () => {
  it('are those of the straightforward reading on random clusters', () => {
    fc.assert(fc.property(netpolClusterArb, same), { numRuns: 300 });
    fc.assert(fc.property(meshClusterArb, same), { numRuns: 600 });
  });

  it('are those of the straightforward reading on the distinct-workload generator', () => {
    const { cluster } = parseManifests([{ file: 'distinct.yaml', text: generateDistinct(150, 2) }]);
    same(cluster);
  });
});
