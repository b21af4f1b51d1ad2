// The key walk for codes and for the keys the UI asks for: every reason code, action error and YAML diagnostic has an English and
// a Japanese text with the same placeholders, every enum parameter has its words, and every `t('…')` in src/ui
// names a text that exists (a missing key would show the key itself on the page).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENUM_PARAMS, REASONS } from '../engine/reasons';
import type { LayerName } from '../model';
import { ACTION_ERRORS } from '../sync/messages';
import { YAML_MESSAGES } from '../yaml/messages';
import { en } from './en';
import { ja } from './ja';

function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => (s.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
const at = (obj: unknown, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);

describe.each([
  ['reason', REASONS],
  ['action', ACTION_ERRORS],
  ['yaml', YAML_MESSAGES],
] as const)('%s codes', (area, catalogue) => {
  const codes = leaves(catalogue);
  it('are the English texts of the page, unchanged', () => {
    expect(leaves(en[area])).toEqual(codes);
  });
  it('each have a Japanese text with the same placeholders, in Japanese', () => {
    for (const [code, english] of codes) {
      const japanese = at(ja[area], code);
      expect(typeof japanese, `${area}.${code}`).toBe('string');
      expect(placeholders(japanese as string), `${area}.${code}`).toEqual(placeholders(english));
      // A sentence left in English would pass the shape checks: Japanese texts carry Japanese script.
      if (/[a-z]{3,} [a-z]{3,}/.test(english.replace(/{{\w+}}/g, ''))) expect(japanese, `${area}.${code}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});

describe('enum parameters', () => {
  it('have words in both languages for every value the engine passes', () => {
    const layers: LayerName[] = ['egress', 'ingress', 'mtls', 'authz'];
    expect(Object.keys(REASONS.words.layer).sort()).toEqual([...layers].sort());
    for (const group of Object.values(ENUM_PARAMS)) {
      expect(Object.keys(ja.reason.words[group]).sort(), group).toEqual(Object.keys(REASONS.words[group]).sort());
    }
  });
});

describe('admin sentences without their head', () => {
  // An admin Pass puts itself between a layer's head and the rest of its sentence: the rest is a text of its own.
  const full: Record<string, string> = {
    outside: 'netpol.outside',
    unisolated: 'netpol.unisolated',
    allowed: 'netpol.allowed',
    denied: 'netpol.denied',
    decided: 'admin.decided',
  };
  it.each([
    ['en', REASONS, '{{layer}} at {{at}}: '],
    ['ja', ja.reason, '{{layer}}（{{at}}）：'],
  ] as const)('are the full sentences after the head (%s)', (_, catalogue, head) => {
    expect(Object.keys(catalogue.admin.rest).sort()).toEqual(Object.keys(full).sort());
    for (const [rest, code] of Object.entries(full)) expect(at(catalogue, code), code).toBe(head + (at(catalogue.admin.rest, rest) as string));
    expect(at(catalogue, 'admin.clauses')).toBe(`${head}{{clauses}}`);
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

/** A text, or a plural one (`key_one` / `key_other`, chosen by i18next from `count`). */
const isText = (key: string) => typeof at(en, key) === 'string' || typeof at(en, `${key}_other`) === 'string';

describe('keys used by the UI', () => {
  const files = sources(join(__dirname, '../ui'));
  it('exist: literal keys as texts, template keys as a group of texts', () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [, key] of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) if (!isText(key!)) missing.push(`${file}: ${key}`);
      for (const [, prefix] of text.matchAll(/\bt\(\s*`([\w.-]+)\.\$\{/g)) if (typeof at(en, prefix!) !== 'object') missing.push(`${file}: ${prefix}.…`);
    }
    expect(missing).toEqual([]);
  });
});
