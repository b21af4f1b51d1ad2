// "Add cluster policy" and the cluster policy form: a ClusterNetworkPolicy (v1alpha2) of the Admin or Baseline
// tier, edited as a whole object. Imported AdminNetworkPolicy / BaselineAdminNetworkPolicy objects keep their kind:
// the form writes them back in v1alpha1 (yaml/emit-admin.ts), never converting them silently.
import { V1ALPHA2, type AdminPolicy, type AdminTier, type Design } from '../../model';
import { adminPolicyObject } from '../../yaml/emit-admin';
import { removeObjects, upsertObject, type DocRef } from '../../yaml/edit';
import { clusterPolicyId, parseClusterPolicyId } from '../cluster-policies';
import { actionMessage, object } from '../messages';
import { fail, uniqueName, type ActionResult } from './common';

const refOf = (p: { kind: string; name: string }): DocRef => ({ kind: p.kind, namespace: '', name: p.name });
const policies = (design: Design) => (design.clusterPolicies ?? []).map((c) => c.policy);

/** A new ClusterNetworkPolicy after the tier's last priority; it selects every namespace and has no rules yet. */
export function addClusterPolicy(text: string, design: Design, tier: AdminTier): ActionResult {
  const all = policies(design);
  const name = uniqueName(tier === 'Admin' ? 'admin-policy' : 'baseline-policy', (n) => all.some((p) => p.kind === 'ClusterNetworkPolicy' && p.name === n));
  const last = Math.max(0, ...all.filter((p) => p.tier === tier && p.priority !== undefined).map((p) => p.priority!));
  const policy: AdminPolicy = { kind: 'ClusterNetworkPolicy', apiVersion: V1ALPHA2, name, tier, priority: Math.min(1000, last + 10), subject: { namespaces: {} }, ingress: [] };
  return { text: upsertObject(text, refOf(policy), adminPolicyObject(policy)), id: clusterPolicyId(policy.kind, name) };
}

/** Checks the form's edits against the CRD rules the form can break, then writes the object in its own kind. */
export function updateClusterPolicy(text: string, design: Design, id: string, next: AdminPolicy): ActionResult {
  const ref = parseClusterPolicyId(id);
  const current = policies(design).find((p) => ref && p.kind === ref.kind && p.name === ref.name);
  if (!current) return fail(actionMessage('cluster.unknown', { id }));
  if (next.kind !== current.kind || next.name !== current.name) return fail(actionMessage('cluster.kindName'));
  if (next.priority !== undefined && (!Number.isInteger(next.priority) || next.priority < 0 || next.priority > 1000))
    return fail(actionMessage('cluster.priority', { priority: next.priority }));
  for (const dir of ['ingress', 'egress'] as const) {
    for (const [i, r] of (next[dir] ?? []).entries()) {
      if (r.peers.length === 0) return fail(actionMessage('cluster.needsPeer', { dir, index: i, what: object(dir === 'ingress' ? 'source' : 'destination') }));
      if (next.kind === 'BaselineAdminNetworkPolicy' && r.action === 'Pass') return fail(actionMessage('cluster.banpPass'));
    }
  }
  const { origin: _, ...clean } = next;
  return { text: upsertObject(text, refOf(next), adminPolicyObject(clean)), id };
}

export function removeClusterPolicy(text: string, design: Design, id: string): ActionResult {
  const ref = parseClusterPolicyId(id);
  if (!ref || !policies(design).some((p) => p.kind === ref.kind && p.name === ref.name)) return fail(actionMessage('cluster.unknown', { id }));
  return { text: removeObjects(text, (r) => r.kind === ref.kind && r.name === ref.name) };
}
