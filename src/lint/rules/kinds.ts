// KPD900 input problems (documents or fields the reader could not use), and unmodelled kinds, told apart:
// KPD901 a kind that is no Kubernetes kind at all (a typo, or an invented kind) — Kubernetes would refuse it;
// KPD902 a real kind that changes traffic but kpd does not model (CiliumNetworkPolicy, AdminNetworkPolicy…):
//        kept, not evaluated, so verdicts may differ from the cluster;
// KPD903 any other real kind (ConfigMap, Ingress, a custom resource of some operator): kept, not evaluated.
import type { LintContext } from '../context';
import type { LintFinding } from '../types';

/** Built-in kinds of Kubernetes API groups (core, apps, batch, networking.k8s.io, rbac…) that kpd does not model. */
const BUILT_IN = new Set(
  (
    'ConfigMap Secret Endpoints EndpointSlice Event LimitRange ResourceQuota PersistentVolume PersistentVolumeClaim Node PodTemplate ' +
    'ReplicationController ControllerRevision Binding ComponentStatus Ingress IngressClass IPAddress ServiceCIDR Role RoleBinding ClusterRole ' +
    'ClusterRoleBinding HorizontalPodAutoscaler PodDisruptionBudget CustomResourceDefinition MutatingWebhookConfiguration ValidatingWebhookConfiguration ' +
    'ValidatingAdmissionPolicy ValidatingAdmissionPolicyBinding PriorityClass Lease StorageClass CSIDriver CSINode CSIStorageCapacity VolumeAttachment ' +
    'RuntimeClass APIService CertificateSigningRequest FlowSchema PriorityLevelConfiguration TokenReview SubjectAccessReview ResourceClaim DeviceClass'
  ).split(' '),
);

/** Real kinds that decide or shape traffic: kpd's verdicts ignore them. */
const TRAFFIC_KINDS: Record<string, string[]> = {
  'policy.networking.k8s.io': ['AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'ClusterNetworkPolicy'],
  'cilium.io': ['CiliumNetworkPolicy', 'CiliumClusterwideNetworkPolicy'],
  'crd.projectcalico.org': ['NetworkPolicy', 'GlobalNetworkPolicy'],
  'projectcalico.org': ['NetworkPolicy', 'GlobalNetworkPolicy', 'StagedNetworkPolicy'],
  'crd.antrea.io': ['NetworkPolicy', 'ClusterNetworkPolicy'],
  'networking.istio.io': ['Sidecar', 'DestinationRule', 'VirtualService', 'Gateway', 'ServiceEntry', 'EnvoyFilter', 'WorkloadEntry'],
  'security.istio.io': ['RequestAuthentication'],
  'gateway.networking.k8s.io': ['Gateway', 'HTTPRoute', 'GRPCRoute', 'TCPRoute', 'TLSRoute', 'UDPRoute'],
};

const MODELLED: Record<string, string> = {
  Namespace: 'v1',
  ServiceAccount: 'v1',
  Service: 'v1',
  Pod: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
  NetworkPolicy: 'networking.k8s.io/v1',
  PeerAuthentication: 'security.istio.io/v1',
  AuthorizationPolicy: 'security.istio.io/v1',
};

/** API groups Kubernetes itself serves: a kind claimed in one of them must be one of its kinds. */
const isBuiltInGroup = (group: string) => group === '' || !group.includes('.') || group.endsWith('.k8s.io');

export function inputAndKinds(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const u of ctx.cluster.unmodelled) {
    const kind = u.kind ?? '';
    const apiVersion = u.apiVersion ?? '';
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
    const subject = { kind, namespace: u.namespace ?? '', name: u.name ?? '', origin: u.origin };
    if (MODELLED[kind] && !TRAFFIC_KINDS[group]?.includes(kind)) {
      out.push(ctx.report('KPD901', subject, { kind, apiVersion }, { path: ['apiVersion'], hint: { id: 'wrongGroup', params: { expected: MODELLED[kind] } } }));
      continue;
    }
    if (TRAFFIC_KINDS[group]?.includes(kind)) out.push(ctx.report('KPD902', subject, { apiVersion }, { path: ['kind'] }));
    else if (BUILT_IN.has(kind) || !isBuiltInGroup(group)) out.push(ctx.report('KPD903', subject, { apiVersion }, { path: ['kind'] }));
    else out.push(ctx.report('KPD901', subject, { kind, apiVersion }, { path: ['kind'] }));
  }
  return out;
}

/** Reader diagnostics (errors and warnings) as findings: documents left out, fields ignored. */
export function inputProblems(ctx: LintContext): LintFinding[] {
  return ctx.diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => {
      const f = ctx.report(
        'KPD900',
        { kind: 'Document', namespace: '', name: '', origin: { file: d.file, line: d.line, col: d.col, doc: -1 } },
        { text: d.message },
        { severity: d.severity },
      );
      f.line = d.line;
      f.column = d.col;
      f.object = objectAt(ctx, d.file, d.line);
      if (d.path) f.path = d.path;
      return f;
    });
}

function objectAt(ctx: LintContext, file: string, line: number): string {
  const doc = ctx.documents.filter((d) => d.file === file && d.line <= line && line <= d.endLine).pop();
  const ref = doc?.ref;
  if (!ref) return 'Document';
  return ref.namespace ? `${ref.kind} ${ref.namespace}/${ref.name}` : `${ref.kind} ${ref.name}`;
}
