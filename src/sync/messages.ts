// What canvas actions say when they refuse, as English templates keyed by code (`edge.sameEnds` =
// ACTION_ERRORS.edge.sameEnds). Actions return the code with its parameters and this English; the page renders the
// code through i18n (`action.<code>`: src/i18n/en/action.ts is this object). Keep the English as it was: the e2e
// tests match some of it.
import type { ActionError, Message, MessageParam } from '../model';
import { englishIn } from '../engine/reasons/render';
import type { Leaves } from '../engine/reasons/catalogue';

const LABEL_SYNTAX = "at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit";

export const ACTION_ERRORS = {
  /** The kind of thing a message is about, as a nested message (`{{what}}`). */
  object: { namespace: 'namespace', workload: 'workload', serviceAccount: 'service account', source: 'source', destination: 'destination' },
  stale: 'The YAML has errors: fix them first (the canvas shows the last valid version)',
  name: {
    empty: '{{what}} name is empty',
    tooLong: '{{what}} name "{{name}}" is longer than 63 characters',
    invalid: '{{what}} name "{{name}}" must be lowercase letters, digits and \'-\', starting and ending with a letter or digit',
  },
  label: {
    prefix: 'label key "{{key}}": the prefix before \'/\' must be a DNS subdomain (e.g. example.com)',
    key: `label key "{{key}}" must be ${LABEL_SYNTAX}`,
    text: 'label "{{key}}" needs a text value',
    value: `label value "{{value}}" must be ${LABEL_SYNTAX}`,
    metadataName: "kubernetes.io/metadata.name is set by Kubernetes to the namespace's name ({{namespace}})",
  },
  port: {
    name: '"{{name}}" is not a valid port name (at most 15 lowercase letters, digits and single \'-\', with a letter)',
    protocol: 'protocol "{{protocol}}" must be TCP, UDP or SCTP',
    rangeStart: 'a port range needs a start port',
    rangeName: 'a port range needs a number, not the name "{{name}}"',
    outOfRange: 'port {{port}} is out of range (1–65535)',
    endPort: 'end port {{end}} must be between {{port}} and 65535',
    twice: 'port {{port}} is listed twice',
    nameTwice: 'port name "{{name}}" is used twice',
  },
  cidr: '"{{cidr}}" is not a CIDR (e.g. 0.0.0.0/0 or 10.0.0.0/8)',
  cluster: {
    unknown: 'unknown cluster policy {{id}}',
    kindName: 'the kind and name of a cluster policy are changed in the YAML editor',
    priority: 'priority {{priority}} is out of range: use 0–1000',
    needsPeer: '{{dir}}[{{index}}] needs at least one {{what}}',
    banpPass: 'a BaselineAdminNetworkPolicy has no Pass action',
  },
  edge: {
    unknownEnd: 'unknown {{what}} {{id}}',
    noLabels: '{{id}} has no labels, so no policy can select it alone: give it a label first',
    sameLabels: '{{id}} has the same labels as {{others}}: give it a label of its own first, or the policy would cover both',
    noNamedPort: '{{id}} has no {{protocol}} port named "{{name}}"',
    sameEnds: 'a connection needs two different ends',
    twoOutside: 'traffic between two outside addresses is not governed by the cluster',
    httpNeedsMesh: 'HTTP methods and paths are enforced by Istio: put the destination in the mesh first',
    httpNeedsTcp: 'HTTP methods and paths need a TCP port',
    notMethod: '"{{method}}" is not an HTTP method (GET, POST, …)',
    notPath: '"{{path}}" is not an Istio path (exact "/a", prefix "/a/*", suffix "*.png" or "*")',
    alreadyReaches: '{{from}} may already reach {{cidr}}: nothing restricts its outbound traffic. Turn on "Default deny" in {{namespace}} to allow only what you draw',
    unknown: 'no connection {{id}}',
    handWritten: 'this connection comes from hand-written {{policies}}: edit it in the YAML editor',
  },
  namespace: {
    unknown: 'unknown namespace {{namespace}}',
    exists: 'namespace "{{name}}" already exists',
    existsRename: 'namespace {{name}} already exists',
    system: '{{namespace}} is a system namespace and keeps its name',
    handWrittenDefaultDeny: 'default deny in {{namespace}} comes from hand-written {{policies}}: remove it in the YAML editor',
    handWrittenDns: 'DNS in {{namespace}} is allowed by hand-written {{policies}}: remove it in the YAML editor',
  },
  workload: {
    unknown: 'unknown workload {{id}}',
    exists: 'workload "{{id}}" already exists',
    existsRename: 'workload {{id}} already exists',
    nameTaken: 'namespace {{namespace}} already has a workload named {{name}}',
    noManifest: 'cannot find the manifest of {{id}}',
    matchExpressions: '{{kind}} {{name}} selects its pods with matchExpressions: change spec.selector in the YAML editor',
    needsLabel: 'a {{kind}} needs at least one label to select its pods',
    noContainer: '{{id}} has no container to put the ports on',
  },
  external: {
    rename: 'an outside address is its CIDR: add a new one instead',
  },
  autosave: {
    failed: 'Autosave failed ({{name}}): your work is still here, but export it before closing this tab',
    works: 'Autosave works again',
  },
} as const;

export type ActionErrorCode = Leaves<typeof ACTION_ERRORS>;

export const actionMessage = (code: ActionErrorCode, params: Record<string, MessageParam> = {}): Message => ({ code, params });

/** The kind of thing a message is about, for `{{what}}`. */
export const object = (what: keyof typeof ACTION_ERRORS.object): Message => actionMessage(`object.${what}`);

const english = englishIn(ACTION_ERRORS);

/** An action's refusal: the message and its English. */
export const refusal = (message: Message): ActionError => ({ error: english(message), message });
