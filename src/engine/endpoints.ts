// Resolving the two sides of a query (QUERY-MODEL.md "Endpoints" and "Istio: in the mesh").
import { TRUST_DOMAIN, type Cluster, type Labels, type Workload } from '../model';
import type { Endpoint } from './endpoint';
import { parseIp } from './ip';

const CONTROLLER_ORDER = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'];

export class EndpointResolver {
  private readonly byId = new Map<string, Workload>();
  private readonly byIp = new Map<string, Workload>();
  private readonly nsLabels = new Map<string, Labels>();
  private readonly cache = new Map<Workload, Endpoint>();
  /** Namespace labels as endpoints carry them, one object per namespace (nothing changes them). */
  private readonly endpointNsLabels = new Map<string, Labels>();

  constructor(private readonly cluster: Cluster) {
    for (const ns of cluster.namespaces) this.nsLabels.set(ns.name, ns.labels);
    // A Pod wins over a controller of the same name; among controllers the order above decides.
    const rank = (w: Workload) => (w.kind === 'Pod' ? -1 : CONTROLLER_ORDER.indexOf(w.kind));
    for (const w of cluster.workloads) {
      const id = `${w.namespace}/${w.name}`;
      const prev = this.byId.get(id);
      if (!prev || rank(w) < rank(prev)) this.byId.set(id, w);
      const ip = w.kind === 'Pod' && w.podIP ? ipKey(w.podIP) : undefined;
      if (ip && !this.byIp.has(ip)) this.byIp.set(ip, w);
    }
  }

  /** The canonical id of a workload (`ns/name`), the key of the matrix and the canvas. */
  static id(w: Workload): string {
    return `${w.namespace}/${w.name}`;
  }

  workloads(): Workload[] {
    return [...this.byId.values()];
  }

  /** Every namespace the manifests mention (objects or workloads), sorted. */
  namespaceNames(): string[] {
    const s = new Set<string>(this.nsLabels.keys());
    for (const w of this.byId.values()) s.add(w.namespace);
    return [...s].sort();
  }

  /** Labels of a namespace; Kubernetes always sets kubernetes.io/metadata.name (since 1.22). */
  namespaceLabels(ns: string): Labels {
    const out = Object.create(null) as Labels;
    Object.assign(out, this.nsLabels.get(ns) ?? {});
    out['kubernetes.io/metadata.name'] = ns;
    return out;
  }

  lookup(id: string): Workload | undefined {
    const full = id.includes('/') ? id : `default/${id}`;
    return this.byId.get(full);
  }

  known(ns: string): string[] {
    return [...this.byId.values()]
      .filter((w) => w.namespace === ns)
      .map((w) => w.name)
      .sort();
  }

  /** `ns/name`, a pod IP, or an outside IP; undefined when nothing matches. */
  resolve(id: string): Endpoint | undefined {
    const ip = ipKey(id);
    if (ip) {
      // `fd00::1` and `fd00:0:0::1` are one address: compare parsed values, not text.
      const pod = this.byIp.get(ip);
      if (pod) return { ...this.forWorkload(pod), ip: id };
      return { kind: 'external', id, ip: id, inMesh: false };
    }
    const w = this.lookup(id);
    return w ? this.forWorkload(w) : undefined;
  }

  forWorkload(w: Workload): Endpoint {
    let ep = this.cache.get(w);
    if (!ep) {
      let namespaceLabels = this.endpointNsLabels.get(w.namespace);
      if (!namespaceLabels) this.endpointNsLabels.set(w.namespace, (namespaceLabels = this.namespaceLabels(w.namespace)));
      ep = {
        kind: 'workload',
        id: EndpointResolver.id(w),
        workload: w,
        namespace: w.namespace,
        namespaceLabels,
        inMesh: inMesh(w, namespaceLabels),
        principal: `${TRUST_DOMAIN}/ns/${w.namespace}/sa/${w.serviceAccount || 'default'}`,
      };
      if (w.podIP) ep.ip = w.podIP;
      this.cache.set(w, ep);
    }
    return ep;
  }
}

function ipKey(text: string): string | undefined {
  const ip = parseIp(text);
  return ip ? `${ip.v6 ? 6 : 4}:${ip.value.toString(16)}` : undefined;
}

/** Sidecar injection: the pod's own label/annotation wins, else the namespace label decides. */
export function inMesh(w: Workload, nsLabels: Labels): boolean {
  if (w.hostNetwork) return false;
  const own = sidecarSetting(w.labels) ?? sidecarSetting(w.annotations);
  if (own !== undefined) return own;
  return nsLabels['istio-injection'] === 'enabled' || Object.prototype.hasOwnProperty.call(nsLabels, 'istio.io/rev');
}

function sidecarSetting(m: Labels): boolean | undefined {
  if (!Object.prototype.hasOwnProperty.call(m, 'sidecar.istio.io/inject')) return undefined;
  const v = m['sidecar.istio.io/inject'];
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}
