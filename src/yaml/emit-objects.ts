// Model objects → plain `kubectl apply`-ready objects: apiVersion, kind, metadata, spec (then status) first,
// absent/empty optional fields omitted, but meaningful empties kept (`podSelector: {}`, `ingress: []`,
// an AuthorizationPolicy's `spec: {}`, a rule `{}`) because they change what the policy means.
import type {
  AuthorizationPolicy,
  AuthzRule,
  ContainerPort,
  Labels,
  LabelSelector,
  Namespace,
  NetworkPolicy,
  NetworkPolicyRule,
  PeerAuthentication,
  Service,
  ServiceAccount,
  Workload,
} from '../model';

type Plain = Record<string, unknown>;

function has(labels: Labels | undefined): labels is Labels {
  return labels !== undefined && Object.keys(labels).length > 0;
}

/** Null-prototype copy so keys like `__proto__` stay data while printing. */
function labelMap(labels: Labels): Labels {
  const out = Object.create(null) as Labels;
  for (const k of Object.keys(labels)) out[k] = labels[k]!;
  return out;
}

function metadata(name: string, namespace: string | undefined, labels?: Labels, annotations?: Labels): Plain {
  const m: Plain = { name };
  if (namespace !== undefined) m.namespace = namespace;
  if (has(labels)) m.labels = labelMap(labels);
  if (has(annotations)) m.annotations = labelMap(annotations);
  return m;
}

export function selector(s: LabelSelector): Plain {
  const out: Plain = {};
  if (s.matchLabels !== undefined) out.matchLabels = labelMap(s.matchLabels);
  if (s.matchExpressions !== undefined)
    out.matchExpressions = s.matchExpressions.map((e) =>
      e.values === undefined ? { key: e.key, operator: e.operator } : { key: e.key, operator: e.operator, values: [...e.values] },
    );
  return out;
}

export function namespaceObject(ns: Namespace): Plain {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: metadata(ns.name, undefined, ns.labels, ns.annotations) };
}

export function serviceAccountObject(sa: ServiceAccount): Plain {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: metadata(sa.name, sa.namespace) };
}

function containerPort(p: ContainerPort): Plain {
  return p.name === undefined ? { containerPort: p.containerPort, protocol: p.protocol } : { name: p.name, containerPort: p.containerPort, protocol: p.protocol };
}

function podSpec(w: Workload, restartNever: boolean): Plain {
  const spec: Plain = {};
  if (w.serviceAccount !== 'default') spec.serviceAccountName = w.serviceAccount;
  if (w.hostNetwork) spec.hostNetwork = true;
  if (restartNever) spec.restartPolicy = 'Never';
  const container: Plain = { name: 'app', image: 'registry.k8s.io/pause:3.9' };
  if (w.ports.length > 0) container.ports = w.ports.map(containerPort);
  spec.containers = [container];
  return spec;
}

const API_VERSION: Record<Workload['kind'], string> = {
  Pod: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
};

export function workloadObject(w: Workload): Plain {
  const head = { apiVersion: API_VERSION[w.kind], kind: w.kind };
  if (w.kind === 'Pod') {
    const pod: Plain = { ...head, metadata: metadata(w.name, w.namespace, w.labels, w.annotations), spec: podSpec(w, false) };
    if (w.podIP !== undefined) pod.status = { podIP: w.podIP };
    return pod;
  }
  const batch = w.kind === 'Job' || w.kind === 'CronJob';
  const template = { metadata: metadata(w.name, undefined, w.labels, w.annotations), spec: podSpec(w, batch) };
  delete (template.metadata as Plain).name;
  if (Object.keys(template.metadata).length === 0) delete (template as Plain).metadata;
  if (w.kind === 'Job') return { ...head, metadata: metadata(w.name, w.namespace), spec: { template } };
  // CronJob: the pod template sits under spec.jobTemplate.spec.template; the schedule is not modelled.
  if (w.kind === 'CronJob') return { ...head, metadata: metadata(w.name, w.namespace), spec: { schedule: '0 * * * *', jobTemplate: { spec: { template } } } };
  return { ...head, metadata: metadata(w.name, w.namespace), spec: { selector: { matchLabels: labelMap(w.labels) }, template } };
}

export function serviceObject(s: Service): Plain {
  const spec: Plain = {};
  if (has(s.selector)) spec.selector = labelMap(s.selector);
  if (s.ports.length > 0)
    spec.ports = s.ports.map((p) => {
      const o: Plain = {};
      if (p.name !== undefined) o.name = p.name;
      o.port = p.port;
      if (p.targetPort !== undefined) o.targetPort = p.targetPort;
      o.protocol = p.protocol;
      return o;
    });
  return { apiVersion: 'v1', kind: 'Service', metadata: metadata(s.name, s.namespace), spec };
}

function netpolRule(r: NetworkPolicyRule, peerKey: 'from' | 'to'): Plain {
  const out: Plain = {};
  if (r.peers !== undefined)
    out[peerKey] = r.peers.map((p) => {
      const o: Plain = {};
      if (p.podSelector !== undefined) o.podSelector = selector(p.podSelector);
      if (p.namespaceSelector !== undefined) o.namespaceSelector = selector(p.namespaceSelector);
      if (p.ipBlock !== undefined) o.ipBlock = p.ipBlock.except === undefined ? { cidr: p.ipBlock.cidr } : { cidr: p.ipBlock.cidr, except: [...p.ipBlock.except] };
      return o;
    });
  if (r.ports !== undefined)
    out.ports = r.ports.map((p) => {
      const o: Plain = {};
      if (p.protocol !== undefined) o.protocol = p.protocol;
      if (p.port !== undefined) o.port = p.port;
      if (p.endPort !== undefined) o.endPort = p.endPort;
      return o;
    });
  return out;
}

export function networkPolicyObject(np: NetworkPolicy): Plain {
  const spec: Plain = { podSelector: selector(np.podSelector) };
  if (np.policyTypes !== undefined) spec.policyTypes = [...np.policyTypes];
  if (np.ingress !== undefined) spec.ingress = np.ingress.map((r) => netpolRule(r, 'from'));
  if (np.egress !== undefined) spec.egress = np.egress.map((r) => netpolRule(r, 'to'));
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: metadata(np.name, np.namespace), spec };
}

export function peerAuthenticationObject(pa: PeerAuthentication): Plain {
  const spec: Plain = {};
  if (pa.selector !== undefined) spec.selector = { matchLabels: labelMap(pa.selector.matchLabels) };
  if (pa.mode !== undefined) spec.mtls = { mode: pa.mode };
  if (pa.portLevelMtls !== undefined) {
    const plm = Object.create(null) as Plain;
    for (const port of Object.keys(pa.portLevelMtls).sort((a, b) => Number(a) - Number(b))) plm[port] = { mode: pa.portLevelMtls[port] };
    spec.portLevelMtls = plm;
  }
  return { apiVersion: pa.apiVersion, kind: 'PeerAuthentication', metadata: metadata(pa.name, pa.namespace), spec };
}

function copyFields<T extends object>(x: T): Plain {
  const o: Plain = {};
  for (const [k, v] of Object.entries(x)) if (v !== undefined) o[k] = Array.isArray(v) ? [...(v as unknown[])] : v;
  return o;
}

function authzRule(r: AuthzRule): Plain {
  const o: Plain = {};
  if (r.from !== undefined) o.from = r.from.map((f) => ({ source: copyFields(f.source) }));
  if (r.to !== undefined) o.to = r.to.map((t) => ({ operation: copyFields(t.operation) }));
  if (r.when !== undefined) o.when = r.when.map((c) => copyFields(c));
  return o;
}

export function authorizationPolicyObject(ap: AuthorizationPolicy): Plain {
  const spec: Plain = {};
  if (ap.selector !== undefined) spec.selector = { matchLabels: labelMap(ap.selector.matchLabels) };
  if (ap.targetRefs !== undefined) spec.targetRefs = ap.targetRefs.map((t) => ({ ...t }));
  if (ap.action !== undefined) spec.action = ap.action;
  if (ap.provider !== undefined) spec.provider = { name: ap.provider };
  if (ap.rules !== undefined) spec.rules = ap.rules.map(authzRule);
  const annotations = ap.dryRun ? { 'istio.io/dry-run': 'true' } : undefined;
  return { apiVersion: ap.apiVersion, kind: 'AuthorizationPolicy', metadata: metadata(ap.name, ap.namespace, undefined, annotations), spec };
}
