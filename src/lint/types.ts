// The lint engine's types: a rule is a pure function from a LintContext to findings, listed in registry.ts.
import type { Finding } from '../model/finding';
import type { Code, HintId } from './codes';

/**
 * A certain fix the page can apply in one click (one undo step). Each is a text edit on the object at `origin`
 * computed in fixes.ts; the CLI prints only `fix` (the sentence).
 */
export type FixAction = { kind: 'add-dns-egress' } | { kind: 'use-metadata-name'; path: (string | number)[]; key: string } | { kind: 'remove-rule'; path: (string | number)[] };

/** A finding with what the page needs beside the contract fields: the params of its text (for i18n) and its fix. */
export interface LintFinding extends Finding {
  code: Code;
  params: Record<string, string>;
  hint?: { id: HintId; params: Record<string, string> };
  action?: FixAction;
  /** The object the finding is about (kind, namespace, name), for fixes and grouping. */
  ref: { kind: string; namespace: string; name: string };
  /** The object's origin (file + document), for fixes. */
  doc?: { file: string; doc: number; line: number; col: number };
  endLine?: number;
  endColumn?: number;
}

/** The contract shape of `kpd lint --json`, in the key order; column, path and fix only when known. */
export function toFinding(f: LintFinding): Finding {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    ...(f.column !== undefined ? { column: f.column } : {}),
    object: f.object,
    ...(f.path !== undefined ? { path: f.path } : {}),
    ...(f.fix !== undefined ? { fix: f.fix } : {}),
  };
}
