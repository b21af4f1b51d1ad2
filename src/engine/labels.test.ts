// Kubernetes LabelSelector semantics. https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
import { describe, expect, it } from 'vitest';
import { matchesLabels, matchesSelector } from './labels';
import { labels } from './testing/build';

const L = labels({ app: 'web', tier: 'front' });

describe('matchesSelector', () => {
  it('{} selects everything, even an object without labels', () => {
    expect(matchesSelector({}, L)).toBe(true);
    expect(matchesSelector({ matchLabels: {}, matchExpressions: [] }, labels())).toBe(true);
  });

  it('matchLabels needs every pair', () => {
    expect(matchesSelector({ matchLabels: { app: 'web' } }, L)).toBe(true);
    expect(matchesSelector({ matchLabels: { app: 'web', tier: 'back' } }, L)).toBe(false);
    expect(matchesSelector({ matchLabels: { zone: 'a' } }, L)).toBe(false);
  });

  it('In and NotIn; NotIn matches when the key is absent', () => {
    expect(matchesSelector({ matchExpressions: [{ key: 'app', operator: 'In', values: ['db', 'web'] }] }, L)).toBe(true);
    expect(matchesSelector({ matchExpressions: [{ key: 'app', operator: 'In', values: ['db'] }] }, L)).toBe(false);
    expect(matchesSelector({ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }, L)).toBe(false);
    expect(matchesSelector({ matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, L)).toBe(false);
    expect(matchesSelector({ matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['db'] }] }, L)).toBe(true);
    expect(matchesSelector({ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, L)).toBe(true);
  });

  it('Exists and DoesNotExist look at the key only', () => {
    expect(matchesSelector({ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, L)).toBe(true);
    expect(matchesSelector({ matchExpressions: [{ key: 'zone', operator: 'Exists' }] }, L)).toBe(false);
    expect(matchesSelector({ matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' }] }, L)).toBe(true);
    expect(matchesSelector({ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, L)).toBe(false);
  });

  it('matchLabels AND every expression', () => {
    const sel = {
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In' as const, values: ['front'] },
        { key: 'zone', operator: 'DoesNotExist' as const },
      ],
    };
    expect(matchesSelector(sel, L)).toBe(true);
    expect(matchesSelector(sel, labels({ app: 'web', tier: 'front', zone: 'a' }))).toBe(false);
  });

  it('never reads inherited properties (constructor, __proto__, toString)', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(matchesSelector({ matchExpressions: [{ key, operator: 'Exists' }] }, labels())).toBe(false);
      expect(matchesSelector({ matchExpressions: [{ key, operator: 'DoesNotExist' }] }, labels())).toBe(true);
      expect(matchesSelector({ matchExpressions: [{ key, operator: 'Exists' }] }, {})).toBe(false);
    }
    const sel = { matchLabels: labels({ ['__proto__']: 'x' }) };
    expect(matchesSelector(sel, labels())).toBe(false);
    expect(matchesSelector(sel, labels({ ['__proto__']: 'x' }))).toBe(true);
  });
});

describe('matchesLabels (Istio WorkloadSelector)', () => {
  it('every pair must be present; an empty map selects all', () => {
    expect(matchesLabels({ app: 'web' }, L)).toBe(true);
    expect(matchesLabels({ app: 'db' }, L)).toBe(false);
    expect(matchesLabels({}, L)).toBe(true);
    expect(matchesLabels({ toString: 'x' } as Record<string, string>, {})).toBe(false);
  });
});
