import { describe, it, expect } from 'vitest';
import { en } from './en';
import { ja } from './ja';
import { initialLanguage } from './index';

function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

describe('UI text resources', () => {
  const e = leaves(en);
  const j = leaves(ja);
  it('gives every English key a Japanese text and no extra ones', () => {
    expect([...j.keys()].sort()).toEqual([...e.keys()].sort());
  });
  it('leaves no text empty', () => {
    for (const [k, v] of [...e, ...j]) expect(v.trim(), k).not.toBe('');
  });
  it('keeps the same {{placeholders}} in both languages', () => {
    const ph = (s: string) => (s.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
    for (const [k, v] of e) expect(ph(j.get(k) ?? ''), k).toEqual(ph(v));
  });
  it('translates text that is not a proper name or code', () => {
    // Identical strings are allowed only for names and technical terms listed here, and for templates of
    // placeholders and punctuation alone (`{{field}}[{{index}}]`).
    const sameAllowed =
      /^(Kube Policy Designer|English|日本語|YAML|CIDR|mTLS|STRICT|PERMISSIVE|DISABLE|TCP|UDP|SCTP|DNS|[A-Za-z]+Policy|Istio|[\w./:{} -]*[{}/:][\w./:{} -]*|({{\w+}}|[[\]])+)$/;
    for (const [k, v] of e) if (j.get(k) === v) expect(v, `untranslated: ${k}`).toMatch(sameAllowed);
  });
});

describe('initialLanguage', () => {
  it('prefers the saved choice, then the browser language, then English', () => {
    expect(initialLanguage({ getItem: () => 'ja' }, ['en-US'])).toBe('ja');
    expect(initialLanguage({ getItem: () => null }, ['ja-JP', 'en'])).toBe('ja');
    expect(initialLanguage({ getItem: () => null }, ['fr-FR'])).toBe('en');
  });
});
