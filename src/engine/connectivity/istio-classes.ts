// Sources that the Istio layers of a destination cannot tell apart. The authz and mtls layers read, of the source:
// whether it has a sidecar (mTLS happens), its principal and namespace (only over mTLS), and its IP (request.ts,
// attributes.ts). A policy compares those with its values only, so sources giving the same answer to every value of
// every policy applying to the destination get the same Istio verdict. Classes are refined by one bitset per
// value (plus "in the mesh" and "has an IP"), and cached per set of applicable policies.
import { ISTIO_ROOT_NAMESPACE, type AuthorizationPolicy, type Cluster } from '../../model';
import { add, emptySet, first, fullSet, isEmpty, members, trim, unionInto, type Bitset } from '../bitset';
import { cidrContains, parseCidr, parseIp } from '../ip';
import { hasSelector, policyName } from '../istio/applies';
import { matchesValue, namespaceMatches } from '../istio/values';
import type { WorkloadIndex } from './workload-index';

export interface SourceClass {
  members: Bitset;
  /** The member evaluated for the whole class. */
  rep: number;
}

const SOURCE_KEYS: Record<string, 'p' | 'n' | 'i'> = {
  principals: 'p',
  notPrincipals: 'p',
  namespaces: 'n',
  notNamespaces: 'n',
  ipBlocks: 'i',
  notIpBlocks: 'i',
  remoteIpBlocks: 'i',
  notRemoteIpBlocks: 'i',
};
const CONDITION_KEYS: Record<string, 'p' | 'n' | 'i' | 's'> = {
  'source.principal': 'p',
  'source.namespace': 'n',
  'source.ip': 'i',
  'remote.ip': 'i',
  'source.serviceAccount': 's',
};

export class IstioClasses {
  /** Per workload, the policies that can decide for its sidecar (dry-run and targetRef ones never do: istio/authz.ts). */
  private readonly applying: AuthorizationPolicy[][];
  private readonly features = new Map<string, Bitset>();
  private readonly classes = new Map<string, SourceClass[]>();
  private readonly principals = new Map<string, number[]>();
  private ips: (ReturnType<typeof parseIp> | undefined)[] | undefined;

  constructor(
    private readonly index: WorkloadIndex,
    cluster: Cluster,
  ) {
    const enforced = cluster.authorizationPolicies.filter((p) => !p.dryRun && !p.targetRefs);
    // Transposed once: per workload, the policies whose scope holds it (applies.ts: own namespace by selector, plus
    // the root namespace's mesh-wide), in name order as the authz layer reads them.
    this.applying = index.eps.map(() => []);
    for (const p of [...enforced].sort((x, y) => cmp(policyName(x), policyName(y)))) {
      const namespaces = p.namespace === ISTIO_ROOT_NAMESPACE ? index.namespaces : [p.namespace];
      const scope = hasSelector(p) ? index.podsMatching({ matchLabels: p.selector!.matchLabels }, namespaces) : undefined;
      if (scope) for (const i of members(scope)) this.applying[i]!.push(p);
      else for (const ns of namespaces) for (const i of members(index.namespaceSet(ns))) this.applying[i]!.push(p);
    }
    index.eps.forEach((ep, i) => {
      const list = this.principals.get(ep.principal!);
      if (list) list.push(i);
      else this.principals.set(ep.principal!, [i]);
    });
  }

  /** The source classes for destination `d` (a mesh workload). */
  of(d: number): SourceClass[] {
    const policies = this.applying[d]!;
    const key = policies.map(policyName).join('\u0000');
    let out = this.classes.get(key);
    if (!out) this.classes.set(key, (out = this.refine(this.featureKeys(policies))));
    return out;
  }

  private featureKeys(policies: AuthorizationPolicy[]): string[] {
    const keys = new Set<string>(['mesh']);
    for (const p of policies) {
      for (const rule of p.rules ?? []) {
        for (const f of rule.from ?? []) {
          const src = f.source as Record<string, string[] | undefined>;
          for (const [field, kind] of Object.entries(SOURCE_KEYS)) for (const v of src[field] ?? []) keys.add(`${kind}:${v}`);
        }
        for (const c of rule.when ?? []) {
          const kind = CONDITION_KEYS[c.key];
          if (!kind) continue;
          for (const v of [...(c.values ?? []), ...(c.notValues ?? [])]) keys.add(kind === 's' ? `s:${v.includes('/') ? v : `${p.namespace}/${v}`}` : `${kind}:${v}`);
        }
      }
    }
    if ([...keys].some((k) => k.startsWith('i:'))) keys.add('hasip');
    return [...keys];
  }

  private refine(keys: string[]): SourceClass[] {
    const n = this.index.n;
    const W = fullSet(n).length;
    const all = fullSet(n);
    trim(all, n);
    let parts: Bitset[] = [all];
    for (const key of keys) {
      const f = this.feature(key);
      const next: Bitset[] = [];
      for (const c of parts) {
        let any = 0;
        let rest = 0;
        for (let w = 0; w < W; w++) {
          any |= c[w]! & f[w]!;
          rest |= c[w]! & ~f[w]!;
        }
        // A value that splits nothing off this class leaves it as it is (no new arrays).
        if (any === 0 || rest === 0) {
          next.push(c);
          continue;
        }
        const inside = new Uint32Array(W);
        const outside = new Uint32Array(W);
        for (let w = 0; w < W; w++) {
          inside[w] = c[w]! & f[w]!;
          outside[w] = c[w]! & ~f[w]!;
        }
        next.push(inside, outside);
      }
      parts = next;
    }
    return parts.filter((c) => !isEmpty(c)).map((members) => ({ members, rep: first(members) }));
  }

  /** The sources for which one policy value matches (the same matchers as istio/attributes.ts). */
  private feature(key: string): Bitset {
    let set = this.features.get(key);
    if (set) return set;
    const { eps, n } = this.index;
    set = emptySet(n);
    const value = key.slice(key.indexOf(':') + 1);
    if (key === 'mesh') eps.forEach((ep, i) => ep.inMesh && add(set!, i));
    else if (key === 'hasip') eps.forEach((ep, i) => sourceIp(ep) !== undefined && add(set!, i));
    else if (key.startsWith('p:')) {
      if (!value.startsWith('*') && !value.endsWith('*')) for (const i of this.principals.get(value) ?? []) add(set, i);
      else for (const [principal, list] of this.principals) if (matchesValue(value, principal)) for (const i of list) add(set, i);
    } else if (key.startsWith('n:')) {
      for (const ns of this.index.namespaces) if (namespaceMatches(value, ns)) unionInto(set, this.index.namespaceSet(ns));
    } else if (key.startsWith('s:')) {
      const [ns, sa] = value.split('/', 2);
      for (const [principal, list] of this.principals) if (principal.endsWith(`/ns/${ns}/sa/${sa}`)) for (const i of list) add(set, i);
    } else if (key.startsWith('i:')) {
      const cidr = parseCidr(value);
      this.ips ??= eps.map((ep) => {
        const ip = sourceIp(ep);
        return ip === undefined ? undefined : parseIp(ip);
      });
      if (cidr) this.ips.forEach((addr, i) => addr && cidrContains(cidr, addr) && add(set!, i));
    }
    this.features.set(key, set);
    return set;
  }
}

/** The source IP request.ts reads: the endpoint's IP, else the pod's status.podIP. */
const sourceIp = (ep: WorkloadIndex['eps'][number]) => ep.ip ?? ep.workload?.podIP;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
