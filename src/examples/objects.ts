// Small builders for the plain objects around the policies (namespaces and deployments), so each example's file
// shows its policies in full and the boilerplate once. Output is ordinary `kubectl apply`-ready YAML text.

export interface PortSpec {
  name: string;
  port: number;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
}

/** A Namespace with the label Kubernetes sets automatically (kubernetes.io/metadata.name, since 1.22). */
export function namespace(name: string, labels: Record<string, string> = {}): string {
  const all = { 'kubernetes.io/metadata.name': name, ...labels };
  const lines = Object.entries(all).map(([k, v]) => `    ${k}: ${v}`);
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
  labels:
${lines.join('\n')}
`;
}

/** A Deployment whose pod template carries `app: <name>` plus the given labels. */
export function deployment(
  ns: string,
  name: string,
  ports: PortSpec[],
  opts: { labels?: Record<string, string>; serviceAccount?: string; annotations?: Record<string, string> } = {},
): string {
  const labels = { app: name, ...opts.labels };
  const labelLines = Object.entries(labels).map(([k, v]) => `        ${k}: ${v}`);
  const annotationLines = Object.entries(opts.annotations ?? {}).map(([k, v]) => `        ${k}: "${v}"`);
  const portLines = ports.flatMap((p) => [
    `            - name: ${p.name}`,
    `              containerPort: ${p.port}`,
    ...(p.protocol && p.protocol !== 'TCP' ? [`              protocol: ${p.protocol}`] : []),
  ]);
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
${labelLines.join('\n')}
${annotationLines.length ? `      annotations:\n${annotationLines.join('\n')}\n` : ''}    spec:
${opts.serviceAccount ? `      serviceAccountName: ${opts.serviceAccount}\n` : ''}      containers:
        - name: ${name}
          image: example/${name}
          ports:
${portLines.join('\n')}
`;
}

/** A ServiceAccount (Istio identities are `cluster.local/ns/<ns>/sa/<name>`). */
export function serviceAccount(ns: string, name: string): string {
  return `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
  namespace: ${ns}
`;
}

/** kube-dns as in a kubeadm cluster: pods labelled k8s-app=kube-dns serving 53/UDP and 53/TCP. */
export function kubeDns(): string {
  return [
    namespace('kube-system'),
    deployment(
      'kube-system',
      'kube-dns',
      [
        { name: 'dns', port: 53, protocol: 'UDP' },
        { name: 'dns-tcp', port: 53 },
      ],
      { labels: { 'k8s-app': 'kube-dns' } },
    ),
  ].join('---\n');
}

export function documents(...docs: string[]): string {
  return docs.map((d) => (d.endsWith('\n') ? d : `${d}\n`)).join('---\n');
}
