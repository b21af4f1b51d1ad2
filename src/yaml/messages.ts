// Every sentence the YAML reader says, as English templates keyed by code (`field.mapping` =
// YAML_MESSAGES.field.mapping). The reader renders these into `Diagnostic.message` (what the CLI prints, what
// `kpd lint --json` and SARIF carry) and keeps the code and its parameters beside it; the page renders the same
// codes through i18n (`yaml.<code>`: src/i18n/en/yaml.ts is this object, src/i18n/ja/yaml.ts its translation).
// Keep the English identical to what the reader said before codes existed: scripts and tests match it
// (messages.test.ts renders every code back into the message it came with).
// Placeholders are i18next's `{{name}}`. What varies is a parameter, kept verbatim in every language: `at` is the
// field's path (codes of the `document` group are said of the whole document and have none), and field names,
// values, kinds, examples (`e.g. {podSelector: {}}`) and lists of allowed values are parameters too.

export const YAML_MESSAGES = {
  /** Whole files refused before any YAML is read. */
  file: {
    tooLarge: 'file is larger than {{mb}} MB: split it into smaller files',
    binary: 'this looks like a binary file, not YAML or JSON: check the file you chose',
  },
  /**
   * YAML syntax. `detail` is the `yaml` library's own sentence (its first line), which exists in English only:
   * the page translates the lead and the advice around it. (The js-yaml fast path never reports: a chunk it
   * cannot read cleanly is read again by `yaml`, reader/fast.ts.)
   */
  syntax: {
    error: 'YAML syntax error: {{detail}}',
    layout: 'YAML syntax error: {{detail}} (check indentation and quotes)',
    duplicateKey: '{{detail}}: remove or rename one of the keys',
  },
  /** Said of a whole document (its root has no path to name). */
  document: {
    aliasBomb: 'too many YAML aliases or too deep nesting (possible alias bomb): the document was not read',
    notMapping: 'document: a Kubernetes object must be a mapping with apiVersion, kind and metadata',
    kindMissing: 'document: kind is missing (e.g. {{example}})',
    apiVersionMissing: 'document: apiVersion is missing (e.g. {{example}})',
    notModelled: '{{kind}} ({{apiVersion}}) is not modelled: kept and written back unchanged',
    netpolSpec: 'document: spec is required (at least {{example}})',
    adminSpec: 'document: spec is required (e.g. {{example}})',
  },
  /** A field's type or value (reader/field.ts). */
  field: {
    mapping: '{{at}}: must be a mapping (e.g. {{example}})',
    list: '{{at}}: must be a list (e.g. {{example}})',
    quote: '{{at}}: must be a string: quote it (e.g. "{{value}}")',
    string: '{{at}}: must be a string (e.g. {{example}})',
    /** A string field without an example of its own. */
    anyString: '{{at}}: must be a string (e.g. a string)',
    int: '{{at}}: {{field}} must be a whole number between {{min}} and {{max}}',
    range: '{{at}}: {{field}} {{value}} is out of range: use {{min}}–{{max}}',
    oneOf: '{{at}}: must be one of {{allowed}} (got {{got}})',
    unknown: '{{at}}: unknown field "{{field}}" (is it misspelled? expected one of {{expected}})',
  },
  /** Any object's metadata (reader/objects.ts). */
  object: {
    nameRequired: '{{at}}: name is required (e.g. {{example}})',
    badName: "{{at}}: \"{{name}}\" is not a valid Kubernetes name (lowercase letters, digits, '-' and '.')",
  },
  /** Pods and pod templates (reader/workload.ts). */
  workload: {
    template: '{{at}}: {{kind}} needs {{template}} (the pod template with metadata.labels and spec.containers)',
    containerPort: '{{at}}: containerPort is required (e.g. {{example}})',
  },
  /** Label selectors (reader/selector.ts). */
  selector: {
    key: '{{at}}: key is required',
    operator: '{{at}}: operator is required (In, NotIn, Exists or DoesNotExist)',
    values: '{{at}}: operator {{operator}} needs a non-empty values list (e.g. {{example}})',
    noValues: '{{at}}: operator {{operator}} must not have values: remove them',
  },
  /** NetworkPolicy (reader/networkpolicy.ts). */
  netpol: {
    podSelector: '{{at}}: podSelector is missing: it defaults to {} and selects every pod in the namespace; write podSelector: {} to say so',
    ipBlockAlone: '{{at}}: ipBlock cannot be combined with podSelector or namespaceSelector in one peer: make it a separate list item',
    cidrRequired: '{{at}}: cidr is required (e.g. {{example}})',
    cidr: '{{at}}: "{{value}}" is not a CIDR (e.g. {{example}} or {{example2}})',
    exceptCidr: '{{at}}: "{{value}}" is not a CIDR (e.g. {{example}})',
    emptyPeer: '{{at}}: a peer needs podSelector, namespaceSelector or ipBlock',
    quotedPort: '{{at}}: "{{value}}" is a quoted number: write port: {{value}} (a string is a named port)',
    endPortNumeric: '{{at}}: endPort needs a numeric port (e.g. {{example}})',
    endPortBelow: '{{at}}: endPort {{endPort}} must be at least port {{port}}',
  },
  /** A port name, wherever one is written. */
  port: {
    name: '{{at}}: "{{value}}" is not a valid port name (lowercase letters, digits and \'-\', at most 15 characters)',
  },
  /** Istio PeerAuthentication and AuthorizationPolicy (reader/istio.ts). */
  istio: {
    portKey: '{{at}}: "{{key}}" is not a port number (1–65535)',
    customProvider: '{{at}}: a CUSTOM policy needs provider.name (the extension provider in the mesh config)',
    conditionKey: '{{at}}: key is required (e.g. {{example}})',
  },
  /** AdminNetworkPolicy, BaselineAdminNetworkPolicy and ClusterNetworkPolicy (reader/admin.ts). */
  admin: {
    version: '{{at}}: {{kind}} is served as {{expected}} (got {{got}})',
    namespaced: '{{at}}: {{kind}} is cluster-scoped: metadata.namespace is ignored; remove it',
    /** The CRD's own words (its CEL rule on metadata.name). */
    baselineName: '{{at}}: Only one baseline admin network policy with metadata.name="default" can be created in the cluster (got "{{name}}")',
    tier: '{{at}}: tier is required: Admin or Baseline',
    priority: '{{at}}: priority is required: 0–1000, lower values are evaluated first',
    subjectRequired: '{{at}}: subject is required (e.g. {{example}})',
    /** `found` lists the fields set, joined by " and " as the English says it. */
    subjectNone: '{{at}}: subject needs exactly one of {{keys}}',
    subjectMany: '{{at}}: subject must set exactly one of {{keys}} (found {{found}}): split it into separate list items',
    peerNone: '{{at}}: a peer needs exactly one of {{keys}}',
    peerMany: '{{at}}: a peer must set exactly one of {{keys}} (found {{found}}): split it into separate list items',
    podSelector: '{{at}}: podSelector is required (podSelector: {} selects every pod)',
    namespaceSelector: '{{at}}: namespaceSelector is required in v1alpha1 (namespaceSelector: {} selects every namespace)',
    rulesMax: '{{at}}: {{field}} has {{n}} rules: at most {{max}}',
    ruleName: '{{at}}: name is {{length}} characters: at most 100',
    action: '{{at}}: action is required: {{actions}}',
    peersRequired: '{{at}}: {{field}} is required and needs at least one peer (e.g. {{example}})',
    peersEmpty: '{{at}}: {{field}} needs at least one peer',
    peersMax: '{{at}}: {{field}} has {{n}} peers: at most {{max}}',
    /** The CRD's own words (its CEL rule on egress rules); `peers` names the peer fields. */
    namedPorts: '{{at}}: {{peers}} peer cannot be set with namedPorts since there are no namedPorts for them',
    domainNamesCount: '{{at}}: domainNames needs 1 to 25 names',
    domainName: '{{at}}: "{{value}}" is not a domain name (e.g. {{example}} or {{example2}})',
    domainNamesAction: "{{at}}: domainNames is only supported for {{action}} rules (the API's own words)",
    networksCount: '{{at}}: networks needs 1 to 25 CIDRs',
    /** "Invalid CIDR format provided" is the CRD's own message. */
    network: '{{at}}: "{{value}}": Invalid CIDR format provided (e.g. {{example}} or {{example2}})',
    networksTwice: '{{at}}: networks lists a CIDR twice (it is a set)',
  },
  /** Ports of the admin policies: v1alpha1 `ports` and v1alpha2 `protocols` (reader/admin-ports.ts). */
  ports: {
    portNone: '{{at}}: a port needs exactly one of {{keys}}',
    portMany: '{{at}}: a port needs exactly one of {{keys}} (found {{found}}): split it into separate list items',
    protocolNone: '{{at}}: a protocols item needs exactly one of {{keys}}',
    protocolMany: '{{at}}: a protocols item needs exactly one of {{keys}} (found {{found}}): split it into separate list items',
    destinationNone: '{{at}}: destinationPort needs exactly one of {{keys}}',
    destinationMany: '{{at}}: destinationPort needs exactly one of {{keys}} (found {{found}}): split it into separate list items',
    empty: '{{at}}: {{field}} must have at least one item when present (remove it to match every port)',
    max: '{{at}}: {{field}} has {{n}} items: at most {{max}}',
    portRequired: '{{at}}: port is required (e.g. {{example}})',
    destinationPort: '{{at}}: {{protocol}} needs destinationPort (e.g. {{example}}); the CRD rejects an empty {{protocol}}',
    rangeEnd: '{{at}}: {{field}} is required (e.g. {{example}})',
    /** v1alpha2's CEL rule, with its own words in parentheses. */
    startBelowEnd: '{{at}}: start {{start}} must be less than end {{end}} (Start port must be less than End port)',
    startBelowEndV1: '{{at}}: start {{start}} should be less than end {{end}} (the v1alpha1 API documents it; use portNumber for one port)',
  },
} as const;

type Leaves<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];

/** Every code of the catalogue, e.g. `field.mapping`. */
export type YamlCode = Leaves<typeof YAML_MESSAGES>;

/** Plain strings and numbers: they cross postMessage and JSON unchanged. */
export type YamlParams = Record<string, string | number>;

/** A sentence of the reader: its code, its parameters and its English. */
export interface Said {
  code: YamlCode;
  params?: YamlParams;
  message: string;
}

/** The English template of a code (undefined for a string that is not one). */
export function yamlTemplate(code: string): string | undefined {
  let node: unknown = YAML_MESSAGES;
  for (const part of code.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** A template with its parameters filled in (a missing one stays visible as `{{name}}`). */
export function fill(template: string, params: YamlParams | undefined): string {
  return template.replace(/{{(\w+)}}/g, (whole, name: string) => (params && Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The reader's sentence for a code: built only when a problem is reported, never on the happy path. */
export function said(code: YamlCode, params?: YamlParams): Said {
  const message = fill(yamlTemplate(code)!, params);
  return params ? { code, params, message } : { code, message };
}
