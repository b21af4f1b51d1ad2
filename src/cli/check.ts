// `kpd check`: one verdict, or a batch of queries from a JSON file.
import { readFileSync } from 'node:fs';
import type { Protocol, Query, Verdict } from '../model';
import { isQueryError, type Endpoint, type Engine, type QueryError } from '../engine/engine';
import { validateQuery } from '../engine/query';
import { InputError } from './inputs';
import type { Sink } from './sink';

/** What `kpd check` prints: the verdict in English (the page's i18n codes, `message` and `notes`, stay out). */
export interface CheckJson extends Omit<Verdict, 'notes' | 'layers'> {
  layers: Omit<Verdict['layers'][number], 'message'>[];
  from: string;
  to: string;
  port: number;
  protocol: Protocol;
  method?: string;
  path?: string;
}

export function answer(engine: Engine, q: Query, where: string): CheckJson {
  const v = engine.check(q);
  if (isQueryError(v)) throw new InputError(`${where}${v.argument}: ${v.error}`);
  return result(q, v);
}

function result(q: Query, v: Verdict): CheckJson {
  // Each layer's `reason` and the `reasons` carry the English; the codes were a third of a 20,000-query batch's output.
  const layers = v.layers.map(({ message: _message, ...layer }) => layer);
  const out: CheckJson = {
    from: q.from,
    to: q.to,
    port: q.port,
    protocol: q.protocol ?? 'TCP',
    allowed: v.allowed,
    kind: v.kind,
    reasons: v.reasons,
    layers,
  };
  if (q.method !== undefined) out.method = q.method;
  if (q.path !== undefined) out.path = q.path;
  return out;
}

/** A port given on the command line: digits only, so `80abc` is an error rather than 80. */
export function portArg(value: string | undefined, name = '--port'): number {
  if (value === undefined) throw new InputError(`${name} is required (e.g. ${name} 80)`);
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) throw new InputError(`${name} ${value}: a port is a whole number between 1 and 65535`);
  return Number(value);
}

export function readQueries(file: string): Query[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`${file}: cannot read the queries file`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw new InputError(`${file}: expected a JSON array of {from, to, port, protocol?, method?, path?}`);
  return data.map((item, i) => {
    const at = `${file}[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new InputError(`${at}: expected an object {from, to, port}`);
    const o = item as Record<string, unknown>;
    for (const key of ['from', 'to'] as const) if (typeof o[key] !== 'string' || o[key] === '') throw new InputError(`${at}.${key}: required, a string (ns/name or an IP address)`);
    if (typeof o.port !== 'number' || !Number.isInteger(o.port) || o.port < 1 || o.port > 65535)
      throw new InputError(`${at}.port: a whole number between 1 and 65535 (got ${JSON.stringify(o.port)})`);
    const q: Query = { from: o.from as string, to: o.to as string, port: o.port };
    if (o.protocol !== undefined) {
      if (o.protocol !== 'TCP' && o.protocol !== 'UDP' && o.protocol !== 'SCTP') throw new InputError(`${at}.protocol: TCP, UDP or SCTP (got ${JSON.stringify(o.protocol)})`);
      q.protocol = o.protocol;
    }
    for (const key of ['method', 'path'] as const) {
      if (o[key] === undefined) continue;
      if (typeof o[key] !== 'string') throw new InputError(`${at}.${key}: must be a string`);
      q[key] = o[key] as string;
    }
    return q;
  });
}

export function checkText(r: CheckJson): string {
  const head = `${r.allowed ? 'ALLOWED' : 'DENIED'} ${r.from} -> ${r.to} ${r.port}/${r.protocol}${r.method ? ` ${r.method} ${r.path ?? ''}` : ''}${r.kind !== 'allowed' && r.kind !== 'denied' ? ` (${r.kind})` : ''}`;
  return [head, ...r.reasons.map((x) => `  - ${x}`)].join('\n') + '\n';
}

/**
 * Checks every query as engine.check would (the same checks, in the same order) and resolves its endpoints
 * once per distinct id: a batch names the same workloads again and again.
 */
function resolveAll(engine: Engine, queries: Query[], file: string): [Endpoint, Endpoint][] {
  const seen = new Map<string, Endpoint | QueryError>();
  const endpoint = (id: string) => {
    let ep = seen.get(id);
    if (ep === undefined) seen.set(id, (ep = engine.endpoint(id)));
    return ep;
  };
  return queries.map((q, i) => {
    const fail = (e: QueryError): never => {
      throw new InputError(`${file}[${i}].${e.argument}: ${e.error}`);
    };
    const bad = validateQuery(q);
    if (bad) fail(bad);
    const src = endpoint(q.from);
    if (isQueryError(src)) fail({ ...src, argument: 'from' });
    const dst = endpoint(q.to);
    if (isQueryError(dst)) fail({ ...dst, argument: 'to' });
    return [src as Endpoint, dst as Endpoint];
  });
}

/** Answers held for repeats still ahead (about 1.4 KB of JSON each), so that a huge batch cannot fill the memory. */
export const KEPT_ANSWERS = 10_000;

/** Every field of a query, lengths first: no id, method or path can run into the next field. */
function queryKey(q: Query): string {
  const { from, to, method, path } = q;
  return `${from.length} ${to.length} ${method?.length ?? -1} ${path?.length ?? -1} ${q.port} ${q.protocol ?? 'TCP'} ${from}${to}${method ?? ''}${path ?? ''}`;
}

/**
 * A batch, answered and written one query at a time (a JSON array with one object per line, or text blocks).
 * Every query is checked first, so a bad batch prints nothing on stdout and names the query at fault.
 * Batches repeat queries (the same pair on the same port): one engine answers a query the same way every time,
 * so a repeat writes the text made for its first occurrence instead of evaluating and printing the verdict
 * again. Only texts with repeats still ahead are held: a batch without repeats holds none.
 */
export async function writeBatch(engine: Engine, queries: Query[], file: string, json: boolean, out: Sink, kept = KEPT_ANSWERS): Promise<void> {
  const endpoints = resolveAll(engine, queries, file);
  const keys = queries.map(queryKey);
  const ahead = new Map<string, number>();
  for (const key of keys) ahead.set(key, (ahead.get(key) ?? 0) + 1);
  const made = new Map<string, string>();
  if (json) await out.write('[');
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i]!;
    const key = keys[i]!;
    const repeats = ahead.get(key)! - 1;
    ahead.set(key, repeats);
    let text = made.get(key);
    if (text === undefined) {
      const [src, dst] = endpoints[i]!;
      // engine.check(q) is exactly this once q is valid and its endpoints resolved.
      const r = result(q, engine.evaluate(src, dst, q.port, q.protocol ?? 'TCP', q.method, q.path));
      text = json ? JSON.stringify(r) : checkText(r);
      if (repeats > 0 && made.size < kept) made.set(key, text);
    } else if (repeats === 0) made.delete(key);
    const between = out.write(json ? (i === 0 ? '\n' : ',\n') : i === 0 ? '' : '\n');
    if (between) await between;
    const wait = out.write(text);
    if (wait) await wait;
  }
  if (json) await out.write('\n]\n');
  await out.flush();
}
