// Reading typed fields out of plain data while collecting diagnostics with the field's path.
import type { Labels } from '../../model';
import { isPlainMap, type Plain, type PlainMap } from './plain';

export type PathPart = string | number;

export interface Problem {
  path: PathPart[];
  message: string;
  severity: 'error' | 'warning';
}

export function pathText(path: PathPart[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

/** A cursor on a value inside one document: reads fields and reports problems at their path. */
export class Field {
  private pathParts: PathPart[] | undefined;

  constructor(
    readonly value: Plain | undefined,
    path: PathPart[] | undefined,
    readonly problems: Problem[],
    private readonly parent?: Field,
    private readonly key?: PathPart,
  ) {
    this.pathParts = path;
  }

  /** Built on demand: most fields are read and never reported, and a copied path per read was a tenth of reading. */
  get path(): PathPart[] {
    return (this.pathParts ??= [...this.parent!.path, this.key!]);
  }

  get present(): boolean {
    return this.value !== undefined && this.value !== null;
  }

  get(key: string | number): Field {
    const v = this.value;
    let child: Plain | undefined;
    if (typeof key === 'number' && Array.isArray(v)) child = v[key];
    else if (typeof key === 'string' && isPlainMap(v) && Object.hasOwn(v, key)) child = v[key];
    return new Field(child, undefined, this.problems, this, key);
  }

  error(message: string): undefined {
    this.problems.push({ path: this.path, message: `${pathText(this.path) || 'document'}: ${message}`, severity: 'error' });
    return undefined;
  }

  warn(message: string): void {
    this.problems.push({ path: this.path, message: `${pathText(this.path) || 'document'}: ${message}`, severity: 'warning' });
  }

  map(example: string): PlainMap | undefined {
    if (!this.present) return undefined;
    if (!isPlainMap(this.value as Plain)) return this.error(`must be a mapping (e.g. ${example})`);
    return this.value as PlainMap;
  }

  list(example: string): Field[] | undefined {
    if (!this.present) return undefined;
    if (!Array.isArray(this.value)) return this.error(`must be a list (e.g. ${example})`);
    return this.value.map((_, i) => this.get(i));
  }

  string(example = 'a string'): string | undefined {
    if (!this.present) return undefined;
    if (typeof this.value !== 'string') {
      if (typeof this.value === 'number' || typeof this.value === 'boolean') {
        return this.error(`must be a string: quote it (e.g. "${String(this.value)}")`);
      }
      return this.error(`must be a string (e.g. ${example})`);
    }
    return this.value;
  }

  strings(example: string): string[] | undefined {
    const items = this.list(example);
    if (!items) return undefined;
    const out: string[] = [];
    for (const f of items) {
      const s = f.string();
      if (s !== undefined) out.push(s);
    }
    return out;
  }

  int(min: number, max: number, what: string): number | undefined {
    if (!this.present) return undefined;
    const v = this.value;
    if (typeof v !== 'number' || !Number.isInteger(v)) return this.error(`${what} must be a whole number between ${min} and ${max}`);
    if (v < min || v > max) return this.error(`${what} ${v} is out of range: use ${min}–${max}`);
    return v;
  }

  oneOf<T extends string>(allowed: readonly T[], fallback?: T): T | undefined {
    if (!this.present) return fallback;
    if (typeof this.value !== 'string' || !(allowed as readonly string[]).includes(this.value)) {
      return this.error(`must be one of ${allowed.join(', ')} (got ${JSON.stringify(this.value)})`);
    }
    return this.value as T;
  }

  /** A label (or annotation) map: string keys and string values, in a null-prototype object. */
  labels(): Labels {
    const out = Object.create(null) as Labels;
    const m = this.map('{app: web}');
    if (!m) return out;
    for (const key of Object.keys(m)) {
      const v = this.get(key).string();
      if (v !== undefined) out[key] = v;
    }
    return out;
  }

  /** Warn about keys outside `known`, which usually are typos that Kubernetes would reject or ignore. */
  known(keys: readonly string[]): void {
    const m = this.value;
    if (!isPlainMap(m as Plain)) return;
    for (const k of Object.keys(m as PlainMap)) {
      if (!keys.includes(k)) this.get(k).warn(`unknown field "${k}" (is it misspelled? expected one of ${keys.join(', ')})`);
    }
  }
}
