// Combining layer decisions into one verdict (QUERY-MODEL.md: allowed only when every layer allows).
import type { LayerResult, Message, Verdict, VerdictKind } from '../model';
import { english } from './reasons';

/**
 * `admitted`: an Istio ALLOW AuthorizationPolicy matched. The kind follows QUERY-MODEL.md "Verdict kinds": a
 * connection let through is `allowed` when something at the destination admits it explicitly (its NetworkPolicy
 * ingress, or an Istio ALLOW), whatever the source's egress; `unisolated` (open) when nothing there decides. A
 * destination outside the cluster has no ingress of ours (the layer is skipped): the source's egress rule decides.
 */
export function combine(layers: LayerResult[], notes: Message[], httpOnly: boolean, admitted = false): Verdict {
  const denied = layers.filter((l) => l.decision === 'denied');
  const istioOnly = denied.length > 0 && denied.every((l) => l.layer === 'authz');
  let kind: VerdictKind;
  if (denied.length > 0) kind = istioOnly && httpOnly ? 'http-only' : 'denied';
  else kind = explicitAtDestination(layers, admitted) ? 'allowed' : 'unisolated';
  return { allowed: denied.length === 0, kind, layers, reasons: [...layers.map((l) => l.reason), ...notes.map(english)], notes };
}

function explicitAtDestination(layers: LayerResult[], admitted: boolean): boolean {
  const ingress = layers.find((l) => l.layer === 'ingress');
  if (ingress?.decision === 'skipped') return layers.find((l) => l.layer === 'egress')?.decision === 'allowed';
  return ingress?.decision === 'allowed' || admitted;
}
