// Reading typed fields out of plain data while collecting diagnostics with the field's path.
import type { Labels } from '../../model';
import { said, type Said, type YamlCode, type YamlParams } from '../messages';
import { isPlainMap, type Plain, type PlainMap } from './plain';

export type PathPart = string | number;

/** A field's problem: its code and parameters (`at` = the field's path) and the English sentence they make. */
export interface Problem extends Said {
  path: PathPart[];
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

  error(code: YamlCode, params?: YamlParams): undefined {
    this.report('error', code, params);
    return undefined;
  }

  warn(code: YamlCode, params?: YamlParams): void {
    this.report('warning', code, params);
  }

  /** The root's codes (`document.*`) name no path; every other code starts with its field's path, `{{at}}`. */
  private report(severity: Problem['severity'], code: YamlCode, params: YamlParams | undefined): void {
    const at = pathText(this.path);
    this.problems.push({ path: this.path, severity, ...said(code, at ? { at, ...params } : params) });
  }

  map(example: string): PlainMap | undefined {
    if (!this.present) return undefined;
    if (!isPlainMap(this.value as Plain)) return this.error('field.mapping', { example });
    return this.value as PlainMap;
  }

  list(example: string): Field[] | undefined {
    if (!this.present) return undefined;
    if (!Array.isArray(this.value)) return this.error('field.list', { example });
    return this.value.map((_, i) => this.get(i));
  }

  string(example?: string): string | undefined {
    if (!this.present) return undefined;
    if (typeof this.value !== 'string') {
      if (typeof this.value === 'number' || typeof this.value === 'boolean') return this.error('field.quote', { value: String(this.value) });
      return example === undefined ? this.error('field.anyString') : this.error('field.string', { example });
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
    if (typeof v !== 'number' || !Number.isInteger(v)) return this.error('field.int', { field: what, min, max });
    if (v < min || v > max) return this.error('field.range', { field: what, value: v, min, max });
    return v;
  }

  oneOf<T extends string>(allowed: readonly T[], fallback?: T): T | undefined {
    if (!this.present) return fallback;
    if (typeof this.value !== 'string' || !(allowed as readonly string[]).includes(this.value)) {
      return this.error('field.oneOf', { allowed: allowed.join(', '), got: JSON.stringify(this.value) });
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
      if (!keys.includes(k)) this.get(k).warn('field.unknown', { field: k, expected: keys.join(', ') });
    }
  }
}
