// The workloads of a cluster as bit positions (sorted by id, so set members come out in id order), with the
// indexes that turn a label selector into a set in time proportional to its candidates, not to the cluster.
import type { LabelSelector, Labels } from '../../model';
import { add, emptySet, type Bitset } from '../bitset';
import type { Endpoint } from '../endpoint';
import { EndpointResolver } from '../endpoints';
import { matchesSelector, selectorKey } from '../labels';

export class WorkloadIndex {
  readonly ids: string[];
  readonly eps: Endpoint[];
  readonly n: number;
  readonly namespaces: string[];
  /** Workload positions per namespace, increasing. */
  private readonly inNamespace = new Map<string, number[]>();
  private readonly nsSets = new Map<string, Bitset>();
  /** `key=value` → positions, for selectors with matchLabels. */
  private readonly byLabel = new Map<string, number[]>();
  private readonly selected = new Map<string, Bitset>();
  private readonly position = new Map<string, number>();
  private readonly nsLabels = new Map<string, Labels>();

  constructor(readonly resolver: EndpointResolver) {
    // Each id made once, not twice per comparison of the sort.
    const byId = resolver
      .workloads()
      .map((w) => ({ w, id: EndpointResolver.id(w) }))
      .sort((a, b) => cmp(a.id, b.id));
    const workloads = byId.map((x) => x.w);
    this.ids = byId.map((x) => x.id);
    this.eps = workloads.map((w) => resolver.forWorkload(w));
    this.n = workloads.length;
    this.namespaces = resolver.namespaceNames();
    workloads.forEach((w, i) => {
      this.position.set(this.ids[i]!, i);
      push(this.inNamespace, w.namespace, i);
      for (const k of Object.keys(w.labels)) push(this.byLabel, `${k}=${w.labels[k]}`, i);
    });
  }

  indexOf(id: string): number | undefined {
    return this.position.get(id.includes('/') ? id : `default/${id}`);
  }

  /** The namespace's labels (kubernetes.io/metadata.name included), read once. */
  namespaceLabels(ns: string): Labels {
    let l = this.nsLabels.get(ns);
    if (!l) this.nsLabels.set(ns, (l = this.resolver.namespaceLabels(ns)));
    return l;
  }

  namespaceSet(ns: string): Bitset {
    let s = this.nsSets.get(ns);
    if (!s) {
      s = emptySet(this.n);
      for (const i of this.inNamespace.get(ns) ?? []) add(s, i);
      this.nsSets.set(ns, s);
    }
    return s;
  }

  /** Pods of `namespaces` whose labels match `sel` (the same matchesSelector the single queries use). */
  podsMatching(sel: LabelSelector, namespaces: readonly string[]): Bitset {
    const key = `${selectorKey(sel)}\u0000${namespaces.join('\u0000')}`;
    let set = this.selected.get(key);
    if (set) return set;
    set = emptySet(this.n);
    const ml = sel.matchLabels ? Object.keys(sel.matchLabels) : [];
    if (ml.length > 0) {
      // Only pods carrying the first matchLabels pair can match: walk that list instead of the namespaces.
      const wanted = new Set(namespaces);
      for (const i of this.byLabel.get(`${ml[0]}=${sel.matchLabels![ml[0]!]}`) ?? []) {
        const ep = this.eps[i]!;
        if (wanted.has(ep.namespace!) && matchesSelector(sel, ep.workload!.labels)) add(set, i);
      }
    } else {
      for (const ns of namespaces) for (const i of this.inNamespace.get(ns) ?? []) if (matchesSelector(sel, this.eps[i]!.workload!.labels)) add(set, i);
    }
    this.selected.set(key, set);
    return set;
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function push(m: Map<string, number[]>, key: string, i: number): void {
  const list = m.get(key);
  if (list) list.push(i);
  else m.set(key, [i]);
}
