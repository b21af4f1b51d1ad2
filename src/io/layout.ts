// Where each resource goes in an exported repository folder: `<namespace>/<kind>-<name>.yaml`, cluster-scoped
// objects in `cluster/`, and a root kustomization.yaml listing them (cluster first, so namespaces exist before
// the objects inside them). Pure: the zip itself is built in zip.ts.
import type { ObjectRef } from '../model';

export interface ExportDocument {
  ref?: ObjectRef;
  /** The document's YAML text, verbatim. */
  text: string;
  /** The document could not be read: exported for safe keeping, not listed in the kustomization. */
  invalid?: boolean;
}

export interface RepoFile {
  path: string;
  text: string;
}

/** Kinds that live outside namespaces (https://kubernetes.io/docs/reference/using-api/api-concepts/). */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'APIService',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'CSIDriver',
  'VolumeAttachment',
  'ClusterIssuer',
  'AdminNetworkPolicy',
  'BaselineAdminNetworkPolicy',
  'GlobalNetworkPolicy',
]);

export const KUSTOMIZATION = 'kustomization.yaml';

/** A file-name part from user text: lower case, nothing but [a-z0-9.-], never empty or a dot path. */
export function safeSegment(s: string): string {
  const cleaned = s
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '_')
    .replace(/^\.+/, '_');
  return cleaned === '' ? '_' : cleaned.slice(0, 120);
}

/** A document's text without the separators around it, ending with one newline. */
export function bareDocument(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && /^(---|\.\.\.)\s*$/.test(lines[0])) lines.shift();
  while (lines.length && /^(---|\.\.\.)?\s*$/.test(lines[lines.length - 1])) lines.pop();
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function folderOf(ref: ObjectRef): string {
  return CLUSTER_SCOPED.has(ref.kind) ? 'cluster' : safeSegment(ref.namespace || 'default');
}

export function repoLayout(docs: ExportDocument[]): RepoFile[] {
  const used = new Set<string>([KUSTOMIZATION]);
  const unique = (base: string) => {
    let path = `${base}.yaml`;
    for (let i = 2; used.has(path); i++) path = `${base}-${i}.yaml`;
    used.add(path);
    return path;
  };
  const listed: RepoFile[] = [];
  const unlisted: RepoFile[] = [];
  docs.forEach((d, i) => {
    const text = bareDocument(d.text);
    if (text === '') return;
    if (d.invalid || !d.ref || !d.ref.kind || !d.ref.name) {
      unlisted.push({ path: unique(`unparsed/document-${i + 1}`), text });
      return;
    }
    listed.push({ path: unique(`${folderOf(d.ref)}/${safeSegment(d.ref.kind)}-${safeSegment(d.ref.name)}`), text });
  });
  const order = (p: string) => (p.startsWith('cluster/') ? 0 : 1);
  listed.sort((a, b) => order(a.path) - order(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const kustomization = [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    ...(listed.length ? ['resources:', ...listed.map((f) => `  - ${f.path}`)] : ['resources: []']),
    '',
  ].join('\n');
  return [{ path: KUSTOMIZATION, text: kustomization }, ...listed, ...unlisted];
}

/** kustomization files describe a folder; they are not resources and are never imported as documents. */
export function isKustomization(path: string): boolean {
  return /(^|\/)kustomization\.ya?ml$/i.test(path) || /(^|\/)Kustomization$/.test(path);
}
