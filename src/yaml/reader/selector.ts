// LabelSelector (Kubernetes) and WorkloadSelector (Istio) fields.
import type { LabelSelector, LabelSelectorRequirement, WorkloadSelector } from '../../model';
import type { Field } from './field';

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

export function labelSelector(f: Field): LabelSelector | undefined {
  if (!f.present) return undefined;
  if (!f.map('{matchLabels: {app: web}}')) return undefined;
  f.known(['matchLabels', 'matchExpressions']);
  const sel: LabelSelector = {};
  if (f.get('matchLabels').present) sel.matchLabels = f.get('matchLabels').labels();
  const exprs = f.get('matchExpressions').list('[{key: app, operator: In, values: [web]}]');
  if (exprs) {
    sel.matchExpressions = [];
    for (const e of exprs) {
      const r = requirement(e);
      if (r) sel.matchExpressions.push(r);
    }
  }
  return sel;
}

function requirement(e: Field): LabelSelectorRequirement | undefined {
  if (!e.map('{key: app, operator: In, values: [web]}')) return undefined;
  e.known(['key', 'operator', 'values']);
  const key = e.get('key').string('app');
  if (key === undefined) return e.get('key').present ? undefined : e.error('selector.key');
  const operator = e.get('operator').oneOf(OPERATORS);
  if (!operator) return e.get('operator').present ? undefined : e.error('selector.operator');
  const values = e.get('values').strings('[web, api]');
  if ((operator === 'In' || operator === 'NotIn') && (!values || values.length === 0)) {
    return e.error('selector.values', { operator, example: 'values: [web]' });
  }
  if ((operator === 'Exists' || operator === 'DoesNotExist') && values && values.length > 0) {
    return e.get('values').error('selector.noValues', { operator });
  }
  return operator === 'In' || operator === 'NotIn' ? { key, operator, values } : { key, operator };
}

export function workloadSelector(f: Field): WorkloadSelector | undefined {
  if (!f.present) return undefined;
  if (!f.map('{matchLabels: {app: web}}')) return undefined;
  f.known(['matchLabels']);
  return { matchLabels: f.get('matchLabels').labels() };
}
