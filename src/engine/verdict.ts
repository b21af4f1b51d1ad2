// Combining layer decisions into one verdict (QUERY-MODEL.md: allowed only when every layer allows).
import type { LayerResult, Message, Verdict, VerdictKind } from '../model';
import { english } from './reasons';

export function combine(layers: LayerResult[], notes: Message[], httpOnly: boolean): Verdict {
  const denied = layers.filter((l) => l.decision === 'denied');
  const istioOnly = denied.length > 0 && denied.every((l) => l.layer === 'authz');
  let kind: VerdictKind;
  if (denied.length > 0) kind = istioOnly && httpOnly ? 'http-only' : 'denied';
  else if (layers.some((l) => (l.layer === 'egress' || l.layer === 'ingress') && l.decision === 'unisolated')) kind = 'unisolated';
  else kind = 'allowed';
  return { allowed: denied.length === 0, kind, layers, reasons: [...layers.map((l) => l.reason), ...notes.map(english)], notes };
}
