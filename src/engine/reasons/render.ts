// Turning a Message into text: one walk shared by the engine's English and the page's i18n (only the lookups
// differ), so nested clauses, lists and enum words read the same way in every language.
import type { Message, MessageParam } from '../../model';
import { ENUM_PARAMS, REASONS } from './catalogue';

export interface Lookups {
  /** The text of `code` with its (already rendered) parameters filled in. */
  text(code: string, params: Record<string, string>): string;
  /** The word for an enum value, e.g. ('layer', 'ingress'). */
  word(group: string, value: string): string;
  /** Between the clauses of a list parameter. */
  join: string;
}

// Plain loops: every reason of every single query goes through here.
export function renderMessage(m: Message, lookups: Lookups): string {
  const params: Record<string, string> = {};
  for (const k in m.params) params[k] = renderParam(k, m.params[k]!, lookups);
  return lookups.text(m.code, params);
}

function renderParam(name: string, v: MessageParam, lookups: Lookups): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return name in ENUM_PARAMS ? lookups.word(ENUM_PARAMS[name as keyof typeof ENUM_PARAMS], v) : v;
  if (Array.isArray(v)) return v.map((x) => renderMessage(x, lookups)).join(lookups.join);
  return renderMessage(v, lookups);
}

/** A template split once into text and placeholder names (the matrix renders a lot of reasons). */
type Compiled = (string | { name: string })[];

/** The text at a dotted code in a catalogue, if it is one. */
export function template(code: string, catalogue: object = REASONS): string | undefined {
  let node: unknown = catalogue;
  for (const part of code.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** The English renderer of a catalogue of templates (enum words always come from the reasons' `words`). */
export function englishIn(catalogue: object): (m: Message) => string {
  const compiled = new Map<string, Compiled>();
  const compile = (code: string): Compiled => {
    let c = compiled.get(code);
    if (c) return c;
    const t = template(code, catalogue);
    // An unknown code is our bug; show it rather than throw inside an evaluation.
    if (t === undefined) return [code];
    c = t.split(/{{\s*(\w+)\s*}}/).map((s, i) => (i % 2 === 1 ? { name: s } : s));
    compiled.set(code, c);
    return c;
  };
  const words = REASONS.words as Record<string, Record<string, string>>;
  // The same walk as renderMessage, straight into one string: the engine renders every reason of every query.
  const render = (m: Message): string => {
    let out = '';
    for (const p of compile(m.code)) {
      if (typeof p === 'string') out += p;
      else {
        const v = m.params[p.name];
        if (v === undefined) continue;
        if (typeof v === 'number') out += String(v);
        else if (typeof v === 'string') out += p.name in ENUM_PARAMS ? (words[ENUM_PARAMS[p.name as keyof typeof ENUM_PARAMS]]?.[v] ?? v) : v;
        else if (Array.isArray(v)) out += v.map(render).join(REASONS.join);
        else out += render(v);
      }
    }
    return out;
  };
  return render;
}

/** The English sentence of a reason (the CLI's and `Verdict.reasons`'). */
export const english = englishIn(REASONS);
