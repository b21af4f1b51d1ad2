// Every sentence the engine says, as English templates keyed by code (`netpol.denied` = REASONS.netpol.denied).
// The engine renders these for `LayerResult.reason`, `Verdict.reasons` and the CLI; the page renders the same codes
// through i18n (`reason.<code>`: src/i18n/en/reason.ts is this object, src/i18n/ja/reason.ts its translation).
// Keep the English identical to what the CLI printed before codes existed: scripts and tests match it.
// Placeholders are i18next's `{{name}}`. Parameters named in ENUM_PARAMS are words translated through `words`.

const IPBLOCK = 'ipBlock vs pod IPs is implementation-defined (Kubernetes docs)';
const HOST_NETWORK = 'how NetworkPolicy treats host-network pods is implementation-defined';

export const REASONS = {
  /** Between clauses given as a list of messages. */
  join: '; ',
  /** Two things of one kind, e.g. two request attributes the query does not give. */
  and: '{{a}} and {{b}}',
  /** Alternatives, e.g. the requests an ALLOW rule admits. */
  or: '{{a}} or {{b}}',
  /** Items of a list, e.g. extension providers. */
  comma: '{{a}}, {{b}}',
  /** Conditions of one request side by side, e.g. a method and a path. */
  both: '{{a}} {{b}}',
  words: {
    layer: { egress: 'egress', ingress: 'ingress', mtls: 'mtls', authz: 'authz' },
    level: { workload: 'workload', namespace: 'namespace', mesh: 'mesh' },
    side: { source: 'source', destination: 'destination' },
    /** What an admin rule's action did to the connection. */
    action: { Allow: 'allowed', Accept: 'accepted', Deny: 'denied', Pass: 'passed' },
  },
  /**
   * The admin tiers (src/engine/admin/reasons.ts builds them). Kinds, names, `Admin`/`Baseline` and rule fields
   * are what the YAML says. `rest` is a NetworkPolicy or tier sentence without its `<layer> at <at>: ` head, for a
   * sentence that puts a pass in front of it (reasons.test.ts checks each against its full form).
   */
  admin: {
    /** Kept for sentences from before the codes (an English text as it is). */
    sentence: '{{text}}',
    label: '{{kind}} {{name}} ({{tier}}, priority {{priority}})',
    labelNoPriority: '{{kind}} {{name}} ({{tier}})',
    rule: '{{field}}[{{index}}]',
    ruleNamed: '{{field}}[{{index}}] "{{name}}"',
    decided: '{{layer}} at {{at}}: {{action}} by {{policy}} {{rule}}',
    passedToNetworkPolicy: 'passed by {{policy}} {{rule}} to NetworkPolicy',
    passedToBaseline: 'passed by {{policy}} {{rule}} to the Baseline tier',
    clauses: '{{layer}} at {{at}}: {{clauses}}',
    noBaselineRule: 'no Baseline-tier rule matches',
    allowedByDefault: 'allowed by default',
    rest: {
      outside: 'outside the cluster, no NetworkPolicy applies',
      unisolated: 'not isolated (no NetworkPolicy with {{type}} selects it)',
      allowed: 'allowed by NetworkPolicy {{policy}} {{rule}} {{peer}} {{port}}',
      denied: 'denied: isolated by NetworkPolicy {{policies}}; no {{layer}} rule allows {{other}} on {{port}}',
      decided: '{{action}} by {{policy}} {{rule}}',
    },
    samePriority:
      '{{policy}} and {{others}} are {{tier}}-tier policies at priority {{priority}} that both match this connection: ' +
      'which one applies is implementation-defined (network-policy-api: "the implementation can apply any of the matching policies"); this engine applied {{name}} (ordered by kind and name)',
    nodesPeer:
      '{{policy}} {{rule}} to[{{peer}}] is a nodes peer (node IPs; Nodes are not modelled): whether it matches {{other}} is implementation-defined; this engine treats it as not matching',
    domainNamesPeer:
      '{{policy}} {{rule}} to[{{peer}}] is a domainNames peer (resolved by DNS at run time): whether it matches {{other}} is implementation-defined; this engine treats it as not matching',
    protocolWithoutPort:
      '{{policy}} {{rule}} names a protocol without a port (the CRD rejects it): how an implementation reads it is implementation-defined; this engine matches every port of that protocol',
    unknownPodIp: '{{policy}} {{rule}} networks match pod IPs too; {{other}} has no status.podIP in the manifests, so this engine counts it only inside 0.0.0.0/0 or ::/0',
    mixedVersions:
      'AdminNetworkPolicy/BaselineAdminNetworkPolicy (v1alpha1) and ClusterNetworkPolicy (v1alpha2) objects are in one design: how an implementation orders them against each other is implementation-defined; this engine orders ANPs with Admin-tier ClusterNetworkPolicies by priority and evaluates the BANP after the Baseline-tier ClusterNetworkPolicies',
    otherDirection:
      '{{workload}} is isolated by NetworkPolicy for {{otherLayer}} only: whether {{layer}} then reaches the Baseline tier is implementation-defined (upstream: "Further evaluation only happens for Pods not selected by a v1.NetworkPolicy"); this engine goes on to the Baseline tier for {{layer}}',
  },
  netpol: {
    outside: '{{layer}} at {{at}}: outside the cluster, no NetworkPolicy applies',
    unisolated: '{{layer}} at {{at}}: not isolated (no NetworkPolicy with {{type}} selects it)',
    allowed: '{{layer}} at {{at}}: allowed by NetworkPolicy {{policy}} {{rule}} {{peer}} {{port}}',
    anyPeer: '(any {{side}})',
    port: 'port {{port}}',
    allPorts: '(all ports)',
    anyPort: 'any port/{{protocol}}',
    denied: '{{layer}} at {{at}}: denied: isolated by NetworkPolicy {{policies}}; no {{layer}} rule allows {{other}} on {{port}}',
  },
  istio: {
    notApplicable: '{{layer}} at {{at}}: not applicable ({{why}})',
    outside: 'outside the cluster',
    noSidecar: 'no sidecar',
    notProxied: '{{protocol}} is not proxied by the sidecar',
    notReached: '{{layer}} at {{at}}: not reached (the connection is rejected by mTLS)',
  },
  mtls: {
    setBy: 'PeerAuthentication {{policy}} sets {{mode}}',
    setByPort: 'PeerAuthentication {{policy}} portLevelMtls[{{port}}] sets {{mode}}',
    byDefault: 'no PeerAuthentication sets a mode (PERMISSIVE by default)',
    inheritsOne: '{{source}} ({{names}} is UNSET and inherits)',
    inheritsMany: '{{source}} ({{names}} are UNSET and inherit)',
    deniedStrict: '{{layer}} at {{at}}: denied: {{source}} and {{plain}} (plaintext)',
    allowed: '{{layer}} at {{at}}: allowed: {{source}}; {{how}}',
    mutual: 'mutual TLS (both sides have sidecars)',
    disabled: 'plaintext (mTLS disabled)',
    plaintext: 'plaintext ({{why}})',
    srcOutside: '{{src}} is outside the cluster',
    srcHostNetwork: '{{src}} uses the host network (no sidecar)',
    srcNoSidecar: '{{src}} has no sidecar',
    rootSelector: 'PeerAuthentication {{policy}} has a workload selector in the root namespace {{root}}: Istio ignores it',
    severalAtLevel:
      'several {{level}}-level PeerAuthentications apply to {{workload}} ({{policies}}): Istio uses the oldest, which the manifests do not tell (implementation-defined); took {{first}}, the first in the manifests',
    portLevelIgnored: 'PeerAuthentication {{policy}} sets portLevelMtls for port {{port}} without a workload selector: Istio ignores port-level settings there',
  },
  reading: {
    http: 'evaluated as the HTTP request {{method}} {{path}}',
    httpSniffed: 'evaluated as the HTTP request {{method}} {{path}} (port {{port}} has no name: Istio detects HTTP by sniffing the protocol)',
    tcpNotAsked: 'evaluated as a plain TCP connection: no HTTP method and path given',
    tcpPortName: 'evaluated as a plain TCP connection: port {{port}} is named "{{name}}", which Istio does not treat as HTTP',
    tcpIncomplete: 'evaluated as a plain TCP connection: an HTTP request needs both a method and a path',
  },
  authz: {
    noPolicy: '{{layer}} at {{at}}: allowed: no AuthorizationPolicy applies',
    dryRun: 'AuthorizationPolicy {{policy}} is dry-run (istio.io/dry-run: "true"): not enforced, Istio only logs what it would have done, so it never decides for {{at}}',
    targetRefs: 'AuthorizationPolicy {{policy}} has targetRef(s) ({{targets}}): it attaches to gateways and waypoints, not to sidecars, so it never decides for {{at}}',
    severalCustom: 'several CUSTOM providers ({{providers}}) apply to {{at}}: Istio allows at most one extension provider per workload',
    auditMatches: 'AUDIT AuthorizationPolicy {{policy}} rules[{{index}}] matches: audit only, it never decides',
    auditMayMatch: 'AUDIT AuthorizationPolicy {{policy}} rules[{{index}}] may match: audit only, it never decides',
    identity:
      'principals and namespaces need mutual TLS: on a plaintext connection they never match and their not… forms always match (Istio compares them with an empty identity, see ISTIO-SECURITY-2021-004)',
    customRule: 'CUSTOM AuthorizationPolicy {{policy}} rules[{{index}}]',
    customRules: 'CUSTOM AuthorizationPolicy {{policy}} rules[{{index}}] and {{more}} more CUSTOM rule(s)',
    customSends: '{{rules}} sends the request to external authorizer {{provider}}, not evaluated',
    customMaySend: '{{rules}} may send the request to external authorizer {{provider}}, not evaluated',
    noProvider: '(no provider named)',
    unnamedProvider: '(no provider)',
    customDenyWins: '{{custom}}; whatever it answers, the DENY policy denies',
    denyRule: '{{layer}} at {{at}}: denied by AuthorizationPolicy {{policy}} rules[{{index}}] (DENY)',
    denyRuleBecause: '{{layer}} at {{at}}: denied by AuthorizationPolicy {{policy}} rules[{{index}}] (DENY): {{details}}',
    droppedFields: 'on a plain TCP connection its HTTP-only fields ({{fields}}) are ignored, so it matches on its other fields',
    assumingOne: 'assuming {{unknowns}} matches: the query does not give it, and a DENY that may match is taken to match',
    assumingMany: 'assuming {{unknowns}} match: the query does not give them, and a DENY that may match is taken to match',
    sourceWithoutIdentity: 'the source has no mTLS identity',
    noAllowPolicy: 'no ALLOW AuthorizationPolicy applies',
    noDenyNoAllow: 'no DENY rule matches and no ALLOW AuthorizationPolicy applies',
    allowedBecause: '{{layer}} at {{at}}: allowed: {{rest}}',
    customThenAllowed: '{{layer}} at {{at}}: {{custom}}; otherwise allowed: {{rest}}',
    allowedByRule: '{{layer}} at {{at}}: allowed by AuthorizationPolicy {{policy}} rules[{{index}}] ({{request}})',
    customThenAllowedByRule: '{{layer}} at {{at}}: {{custom}}; otherwise allowed by AuthorizationPolicy {{policy}} rules[{{index}}] ({{request}})',
    requestPrincipal: 'principal {{principal}}, {{what}}',
    requestIp: 'source {{ip}}, no mTLS identity, {{what}}',
    requestAnonymous: 'no mTLS identity, {{what}}',
    tcpPort: 'TCP port {{port}}',
    tcpAnyPort: 'TCP any port',
    httpOnly:
      '{{layer}} at {{at}}: allowed only for requests matching {{needs}} (AuthorizationPolicy {{policy}} rules[{{index}}]); as a plain TCP connection no ALLOW rule of {{policies}} matches, because ALLOW rules with HTTP-only fields never match TCP (give --method and --path)',
    noAllowMatches: '{{layer}} at {{at}}: denied: no ALLOW rule of {{policies}} matches',
    noAllowMatchesBecause: '{{layer}} at {{at}}: denied: no ALLOW rule of {{policies}} matches ({{why}})',
    noRulesOne: '{{policies}} has no rules: it allows nothing (an ALLOW policy without rules matches nothing)',
    noRulesMany: '{{policies}} have no rules: it allows nothing (an ALLOW policy without rules matches nothing)',
    ruleSkipped: '{{policy}} rules[{{index}}] is skipped: {{why}}',
    wouldNeed: '{{rules}} would need {{unknowns}}, which the query does not give',
    httpNeverTcp: 'ALLOW rules with HTTP-only fields never match a plain TCP connection ({{rules}})',
    noIdentity: 'source has no mTLS identity',
  },
  /** What an ALLOW rule asks of an HTTP request (values are the policy's own, `|` between alternatives). */
  http: {
    methodNot: 'method not {{values}}',
    pathNot: 'path not {{values}}',
    host: 'host {{values}}',
    hostNot: 'host not {{values}}',
    whenIn: '{{key}} in {{values}}',
    whenNotIn: '{{key}} not in {{values}}',
    whenInNotIn: '{{key}} in {{values}} not in {{notValues}}',
    requestPrincipal: 'request principal {{values}}',
    requestPrincipalNot: 'request principal not {{values}}',
  },
  rule: {
    unknownKey: 'when key "{{key}}" is not an Istio attribute (istiod skips the rule; its validation normally refuses the policy)',
    unknownKeyNote: 'AuthorizationPolicy rule with unknown when key "{{key}}": istiod skips that rule',
    httpFields: 'it uses HTTP-only fields ({{fields}}) and the query is a plain TCP connection',
    invalidValue: '{{field}} has a value istiod cannot use ({{value}})',
    jwt: 'JWT fields: RequestAuthentication is not modelled, so the request carries no JWT (request principals and claims are empty)',
    remoteIp:
      'remoteIpBlocks / remote.ip compared with the connection source IP: X-Forwarded-For and proxy protocol are implementation-defined (numTrustedProxies) and not modelled',
  },
  /** Request attributes a query does not give. */
  attribute: {
    host: 'the Host header',
    header: 'the request header {{name}}',
    sourceIp: 'the source IP (the pod has no status.podIP in the manifests)',
    destinationIp: 'the destination IP (the pod has no status.podIP in the manifests)',
    sni: 'the TLS server name (connection.sni)',
    other: '{{name}}',
  },
  note: {
    self: 'traffic from a pod to itself: evaluated by the normal rules, but whether NetworkPolicy applies to it is implementation-defined',
    hostNetwork: `{{workload}} uses hostNetwork: ${HOST_NETWORK}`,
    ipBlockHit: `an ipBlock of NetworkPolicy {{policy}} contains the pod IP {{ip}} of {{workload}}; this engine does not match ipBlock against pods: ${IPBLOCK}`,
    ipBlockMiss: `NetworkPolicy {{policy}} has ipBlock peers; this engine applies them to outside addresses only, not to pod {{workload}}: ${IPBLOCK}`,
  },
  warning: {
    selectsNothing: 'NetworkPolicy {{policy}} selects no workload in namespace {{namespace}}',
    ipBlockPods: `NetworkPolicy {{policy}} {{path}}: ipBlock {{cidr}} contains the pod IPs of {{workloads}}; this engine does not match ipBlock against pods: ${IPBLOCK}`,
    peerMatchesNothing: 'NetworkPolicy {{policy}} {{path}} matches no workload in the manifests',
    portNameMatchesNothing: 'NetworkPolicy {{policy}} {{path}}: no workload has a container port named "{{name}}" ({{protocol}}), so it matches nothing',
    ipBlocksOutside: `{{number}} ipBlock peer(s) in NetworkPolicies are applied to outside addresses only: ${IPBLOCK}`,
    authzSelectsNothing: 'AuthorizationPolicy {{policy}} selects no workload',
    authzCustom: 'AuthorizationPolicy {{policy}} is CUSTOM: its external authorizer is not evaluated',
    authzDryRun: 'AuthorizationPolicy {{policy}} is dry-run (istio.io/dry-run: "true"): not enforced, it never decides',
    authzTargetRefs: 'AuthorizationPolicy {{policy}} has targetRef(s): it applies to gateways and waypoints, never to sidecars',
    hostNetwork: `{{workloads}} use hostNetwork: ${HOST_NETWORK}`,
    listMore: '{{first}}, … ({{total}} in all)',
  },
  query: {
    fromRequired: 'from is required (ns/name or an IP address)',
    toRequired: 'to is required (ns/name or an IP address)',
    port: 'port must be a whole number between 1 and 65535 (got {{got}})',
    protocol: 'protocol must be TCP, UDP or SCTP (got {{got}})',
    method: 'method must be an HTTP method such as GET or POST (got {{got}})',
    path: 'path must start with / (got {{got}})',
    methodNotTcp: 'method is only meaningful with protocol TCP (got {{got}}): drop method or use TCP',
    pathNotTcp: 'path is only meaningful with protocol TCP (got {{got}}): drop path or use TCP',
    unknownWorkload: 'no workload "{{id}}" in the manifests (known in {{namespace}}: {{known}}); give ns/name or an IP address',
    unknownNamespace: 'no workload "{{id}}" in the manifests (no workloads in namespace {{namespace}}); give ns/name or an IP address',
  },
} as const;

/** The words of enum parameters: a parameter of this name is looked up in `words.<group>`. */
export const ENUM_PARAMS = { layer: 'layer', otherLayer: 'layer', level: 'level', side: 'side', action: 'action' } as const;

/** The codes of a catalogue: the dotted paths of its texts. */
export type Leaves<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];

/** Every reason code, e.g. `netpol.denied`. */
export type ReasonCode = Exclude<Leaves<typeof REASONS>, `words.${string}`>;

/** The same shape with any text: what a translation of the catalogue looks like. */
export type Texts<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
