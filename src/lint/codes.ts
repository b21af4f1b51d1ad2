// Every lint code, stable once published: its default severity, a one-line title (README, SARIF rules[]) and the
// message and fix templates. `{{name}}` is filled from the finding's params, as i18next does, so the page shows the
// same text in Japanese from src/i18n/*/lint.ts with the same params.
// KPD1xx NetworkPolicy, KPD2xx Istio, KPD3xx across layers, KPD9xx input and unmodelled kinds.
import type { Finding } from '../model/finding';

export type Severity = Finding['severity'];

export interface CodeInfo {
  severity: Severity;
  title: string;
  message: string;
  fix?: string;
}

export const CODES = {
  KPD101: {
    severity: 'warning',
    title: 'A NetworkPolicy podSelector selects no workload',
    message: '{{object}} selects no workload in namespace {{namespace}}{{hint}}',
  },
  KPD102: {
    severity: 'warning',
    title: 'A NetworkPolicy peer matches no workload',
    message: '{{object}} {{path}} matches no workload in the manifests{{hint}}',
    fix: 'check the labels of this peer against the namespaces and pods it should match',
  },
  KPD103: {
    severity: 'warning',
    title: 'A named port that no selected destination pod declares',
    message: '{{object}} {{path}}: no destination pod of this rule declares a container port named "{{port}}" ({{protocol}}), so it matches nothing',
    fix: 'name the container port "{{port}}" on the destination pods, or use the port number',
  },
  KPD104: {
    severity: 'warning',
    title: 'Egress isolated without DNS egress',
    message: 'egress of {{workloads}} is isolated by {{object}} and no NetworkPolicy allows DNS ({{missing}} to kube-system/kube-dns): they cannot resolve names',
    fix: 'Add DNS egress: allow UDP and TCP 53 to pods k8s-app=kube-dns in namespace kube-system',
  },
  KPD105: {
    severity: 'warning',
    title: 'A NetworkPolicy named deny/block/disable that denies nothing',
    message:
      '{{object}} is named like a deny, but NetworkPolicies only allow: every pod it selects is already isolated by another policy, so it only adds allowances: it admits {{admits}}',
    fix: 'rename it after what it allows, or remove the rules that admit traffic you meant to deny',
  },
  KPD106: {
    severity: 'warning',
    title: 'A rule made redundant by another rule of the same policy',
    message: '{{object}} {{path}} is redundant: {{other}} already allows everything it allows',
    fix: 'Remove duplicate rule {{path}}',
  },
  KPD107: {
    severity: 'warning',
    title: 'A namespace with workloads and no NetworkPolicy while other namespaces are isolated',
    message: 'namespace {{namespace}} has {{count}} workload(s) and no NetworkPolicy, while namespace(s) {{others}} have NetworkPolicies: its pods accept and send any traffic',
    fix: 'add a default-deny NetworkPolicy to namespace {{namespace}} and allow what it needs',
  },
  KPD108: {
    severity: 'info',
    title: 'An ipBlock that contains pod IPs (implementation-defined)',
    message:
      '{{object}} {{path}}: ipBlock {{cidr}} contains the pod IPs of {{workloads}}; whether ipBlock matches pod traffic is implementation-defined, and kpd applies it to outside addresses only',
  },
  KPD109: {
    severity: 'info',
    title: 'A hostNetwork workload (implementation-defined under NetworkPolicy)',
    message: '{{object}} uses hostNetwork: how NetworkPolicy treats host-network pods is implementation-defined',
  },
  KPD201: {
    severity: 'warning',
    title: 'An Istio policy whose workloads have no sidecar: not enforced',
    message: '{{object}} applies to {{workloads}}, and none of them has an Istio sidecar: it is not enforced',
    fix: 'label the namespace istio-injection=enabled (or the pods sidecar.istio.io/inject: "true"), or enforce this with a NetworkPolicy',
  },
  KPD202: {
    severity: 'warning',
    title: 'An Istio policy selector that selects no workload',
    message: '{{object}} selects no workload ({{selector}}){{hint}}',
  },
  KPD203: {
    severity: 'warning',
    title: 'An ALLOW rule with HTTP-only fields on a port Istio reads as TCP: it never matches',
    message: '{{object}} {{path}} needs {{fields}}, but port {{port}} of {{workload}} is named "{{portName}}", which Istio reads as TCP: the rule never matches there',
    fix: 'remove the HTTP fields from this rule, or name the port http-… so Istio reads HTTP',
  },
  KPD204: {
    severity: 'error',
    title: 'A DENY rule with HTTP fields on a TCP port: it denies every TCP connection',
    message:
      '{{object}} {{path}} names {{fields}}, but port {{port}} of {{workload}} is named "{{portName}}", which Istio reads as TCP: on TCP a DENY rule drops its HTTP fields and denies every connection',
    fix: 'name the port http-… so Istio reads HTTP, or limit the rule with ports or sources',
  },
  KPD205: {
    severity: 'warning',
    title: 'A dry-run AuthorizationPolicy is not enforced',
    message: '{{object}} is annotated istio.io/dry-run: "true": Istio only logs what it would do, it enforces nothing',
    fix: 'remove the istio.io/dry-run annotation once the logs look right',
  },
  KPD206: {
    severity: 'warning',
    title: 'A targetRef/targetRefs AuthorizationPolicy does not apply to sidecars',
    message: '{{object}} uses {{field}}: it attaches to gateways and waypoints, never to sidecar workloads, so it decides nothing for them',
    fix: 'use spec.selector to apply it to sidecar workloads',
  },
  KPD207: {
    severity: 'info',
    title: 'A CUSTOM AuthorizationPolicy: its external authorizer is not evaluated',
    message: '{{object}} is CUSTOM ({{provider}}): what its external authorizer decides is not evaluated',
  },
  KPD301: {
    severity: 'error',
    title: 'STRICT mTLS on a workload that an allowed caller without a sidecar reaches: the connection fails',
    message: '{{object}} makes {{target}} STRICT, but {{callers}} (no sidecar) are allowed by NetworkPolicy on {{ports}}: their plaintext connections are rejected',
    fix: 'add the callers to the mesh, or set PERMISSIVE (portLevelMtls) for the ports they use',
  },
  // The admin tiers' checks (src/engine/admin/findings.ts) say their sentence in English for now: {{text}}.
  KPD311: {
    severity: 'warning',
    title: 'A Pass with nothing below it: no NetworkPolicy or Baseline-tier rule decides the passed traffic',
    message: '{{text}}',
  },
  KPD312: {
    severity: 'info',
    title: 'An Admin-tier Allow/Accept lets through traffic an application NetworkPolicy denies',
    message: '{{text}}',
  },
  KPD313: {
    severity: 'warning',
    title: 'Two cluster policies of one tier at the same priority (which applies is implementation-defined)',
    message: '{{text}}',
  },
  KPD314: {
    severity: 'warning',
    title: 'v1alpha1 (ANP/BANP) and v1alpha2 (ClusterNetworkPolicy) objects in one design',
    message: '{{text}}',
  },
  KPD315: {
    severity: 'info',
    title: 'A cluster policy whose subject selects no workload',
    message: '{{text}}',
  },
  KPD316: {
    severity: 'info',
    title: 'nodes / domainNames peers, which are not evaluated (implementation-defined)',
    message: '{{text}}',
  },
  KPD900: {
    severity: 'error',
    title: 'An input problem: a document or field that could not be read',
    message: '{{text}}',
  },
  KPD901: {
    severity: 'error',
    title: 'A kind that is not a Kubernetes kind',
    message: '{{kind}} ({{apiVersion}}) is not a Kubernetes kind{{hint}}: check kind and apiVersion',
  },
  KPD902: {
    severity: 'warning',
    title: 'A real kind that affects traffic but is not modelled: kept, not evaluated',
    message: '{{object}} ({{apiVersion}}) is kept, not evaluated: verdicts ignore it, and it may change traffic',
  },
  KPD903: {
    severity: 'info',
    title: 'A real kind that is not modelled: kept, not evaluated',
    message: '{{object}} ({{apiVersion}}) is kept, not evaluated',
  },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

/** `{{name}}` → params.name (missing params are left empty). */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? '');
}

/** Hints that explain a finding (appended to its message as `{{hint}}`). */
export const HINTS = {
  /** The classic: `namespaceSelector: {matchLabels: {name: prod}}`, while only `kubernetes.io/metadata.name` is set. */
  namespaceName: '; namespaces lack `{{key}}`; use `kubernetes.io/metadata.name` (set on every namespace since Kubernetes 1.22)',
  nearLabel: '; no {{what}} has label `{{key}}`, but {{holder}} has `{{near}}: {{value}}`',
  wrongGroup: ' in that API group (use apiVersion {{expected}})',
  nearValue: '; no {{what}} has `{{key}}: {{value}}` (values seen: {{seen}})',
} as const;

export type HintId = keyof typeof HINTS;
