// Reading manifests from files and directories, refusing what no real manifest set needs (huge files) before
// reading it, and turning syntax errors into file:line:col messages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../model';
import { parseManifests, type ParseResult } from '../yaml';
import { MAX_INPUT_BYTES } from '../yaml/parse';

export class InputError extends Error {}

const MANIFEST = /\.(ya?ml|json)$/i;

export function listFiles(paths: string[]): string[] {
  if (paths.length === 0) throw new InputError('no manifest files or directories given');
  const out: string[] = [];
  const walk = (p: string, top: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(`${p}: no such file or directory`);
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        walk(join(p, name), false);
      }
    } else if (top || MANIFEST.test(p)) {
      if (st.size > MAX_INPUT_BYTES)
        throw new InputError(`${p}: file is ${(st.size / 1024 / 1024).toFixed(0)} MB, over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit: split it into smaller files`);
      out.push(p);
    }
  };
  for (const p of paths) walk(p, true);
  return out;
}

export interface LoadedManifests {
  parse: ParseResult;
  /** Schema problems: reported, the documents skipped, the rest analysed. */
  warnings: Diagnostic[];
}

export function loadManifests(paths: string[]): LoadedManifests {
  const files = listFiles(paths);
  const inputs = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const parse = parseManifests(inputs);
  // A YAML syntax error means we do not know what the file says: refuse rather than answer on part of it.
  const fatal = parse.diagnostics.filter(
    (d) => d.severity === 'error' && (d.message.startsWith('YAML syntax error') || /alias|binary|larger than|duplicate|Map keys must be unique/i.test(d.message)),
  );
  if (fatal.length > 0) throw new InputError(fatal.map(format).join('\n'));
  return { parse, warnings: parse.diagnostics.filter((d) => d.severity !== 'info') };
}

export function format(d: Diagnostic): string {
  return `${d.file || '<input>'}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
}
