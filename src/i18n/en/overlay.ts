export const overlay = {
  legend: 'Legend',
  kinds: {
    allowed: 'allowed by a policy',
    unisolated: 'allowed only because nothing isolates the pod',
    'http-only': 'allowed only for matching HTTP requests',
    denied: 'denied',
  },
  /** The explanation's headline: one verdict kind, worded as in QUERY-MODEL.md "Verdict kinds". */
  headline: { allowed: 'Allowed', unisolated: 'Open', 'http-only': 'HTTP only', denied: 'Denied' },
  /** What the two less obvious kinds mean, after the headline. */
  headlineHint: {
    unisolated: 'let through only because nothing at the destination decides',
    'http-only': 'denied as a plain connection, allowed for matching HTTP requests',
  },
  /** Accessible name of an overlay edge; the English kind words are the codes the e2e tests read. */
  trafficName: 'traffic {{from}} to {{to}}: {{kind}}',
  kindNames: { allowed: 'allowed', unisolated: 'unisolated', 'http-only': 'http-only', denied: 'denied' },
  analysing: 'Analysing…',
  updated: 'Traffic updated ({{ms}} ms)',
  selectHint: 'Select a workload to see its traffic in and out ({{count}} workloads: all pairs would be unreadable).',
  explain: {
    title: 'Why?',
    pair: '{{from}} → {{to}}',
    port: 'Port {{port}}',
    layers: { egress: 'Egress at source', ingress: 'Ingress at destination', mtls: 'mTLS (PeerAuthentication)', authz: 'Authorization (AuthorizationPolicy)' },
    decisions: { allowed: 'allowed', unisolated: 'not isolated', denied: 'denied', skipped: 'not applicable', unknown: 'not evaluated' },
    notes: 'Notes',
    close: 'Close explanation',
    noEndpoint: 'Explanations are available between workloads and outside addresses.',
  },
  test: {
    title: 'Test a connection',
    from: 'From (ns/name or IP)',
    to: 'To (ns/name or IP)',
    port: 'Port',
    protocol: 'Protocol',
    method: 'HTTP method (optional)',
    path: 'HTTP path (optional)',
    run: 'Test',
    /** The query field an error is about, as `kpd check` names it. */
    argument: { from: 'from', to: 'to', port: 'port', protocol: 'protocol', method: 'method', path: 'path' },
  },
};
