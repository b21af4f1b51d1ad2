// The fixes that are certain, as text edits of the YAML (one commit = one undo step on the page). Only the document
// of the finding's object is rewritten; every other byte stays.
import { isMap, isScalar, type Document } from 'yaml';
import { editObject } from '../yaml/edit';
import type { LintFinding } from './types';

/** The DNS egress rule the designer's "Allow DNS" switch writes too (src/sync/managed.ts allowDnsSpec). */
export const DNS_RULE = {
  to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
  ports: [
    { protocol: 'UDP', port: 53 },
    { protocol: 'TCP', port: 53 },
  ],
};

const METADATA_NAME = 'kubernetes.io/metadata.name';

function renameKey(doc: Document, path: readonly (string | number)[], to: string): void {
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) throw new Error('not a map');
  const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === path[path.length - 1]);
  if (!pair) throw new Error('no such key');
  if (parent.items.some((p) => (isScalar(p.key) ? p.key.value : p.key) === to)) throw new Error('already there');
  pair.key = doc.createNode(to);
}

/** The text with the finding's fix applied, or undefined when the text no longer holds what the finding saw. */
export function applyFixToText(text: string, f: LintFinding): string | undefined {
  const action = f.action;
  if (!action) return undefined;
  try {
    return editObject(text, f.ref, (doc) => {
      if (action.kind === 'add-dns-egress') {
        const egress = doc.getIn(['spec', 'egress']);
        if (egress === undefined || egress === null) doc.setIn(['spec', 'egress'], doc.createNode([DNS_RULE]));
        else doc.addIn(['spec', 'egress'], doc.createNode(DNS_RULE));
        // `policyTypes` left out: an egress list makes the policy Egress too (the defaulting rule), but only
        // when there are no explicit policyTypes; an explicit list already names Egress (that is why DNS is cut).
      } else if (action.kind === 'use-metadata-name') {
        renameKey(doc, action.path, METADATA_NAME);
      } else {
        if (doc.getIn(action.path) === undefined) throw new Error('no such rule');
        doc.deleteIn(action.path);
      }
    });
  } catch {
    return undefined;
  }
}
