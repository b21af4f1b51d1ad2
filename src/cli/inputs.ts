// Reading manifests from files and directories, refusing what no real manifest set needs (huge files) before
// reading it, and turning syntax errors into file:line:col messages. One unreadable file does not silence
// the others (as `kubectl apply -f dir/`): it is named on stderr, the rest is answered, and the exit code is 2.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../model';
import type { ParseResult } from '../yaml';
import { parseManifestsFast } from '../yaml/parse-fast';
import { MAX_INPUT_BYTES } from '../yaml/parse';

export class InputError extends Error {}

const MANIFEST = /\.(ya?ml|json)$/i;

export interface FileList {
  files: string[];
  /** Files refused unread (too large), as diagnostics. */
  refused: Diagnostic[];
}

export function listFiles(paths: string[]): FileList {
  if (paths.length === 0) throw new InputError('no manifest files or directories given');
  const out: FileList = { files: [], refused: [] };
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
      if (st.size > MAX_INPUT_BYTES) {
        const message = `file is ${(st.size / 1024 / 1024).toFixed(0)} MB, over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit: split it into smaller files`;
        out.refused.push({ severity: 'error', file: p, line: 1, col: 1, message });
      } else out.files.push(p);
    }
  };
  for (const p of paths) walk(p, true);
  return out;
}

export interface LoadedManifests {
  parse: ParseResult;
  /** What to print on stderr, in file order: schema problems (those documents are skipped) and unreadable input. */
  problems: Diagnostic[];
  /**
   * True when part of the input could not be read at all (a YAML syntax error, a refused file): the answer
   * comes from the rest, and the command exits 2 so that CI does not take it for the whole truth.
   */
  incomplete: boolean;
}

/** Problems that mean we do not know what (part of) a file says, as opposed to a document we read and rejected. */
export function isUnreadable(d: Diagnostic): boolean {
  return d.severity === 'error' && (d.message.startsWith('YAML syntax error') || /alias|binary|larger than|over the .* limit|duplicate|Map keys must be unique/i.test(d.message));
}

export function loadManifests(paths: string[]): LoadedManifests {
  const { files, refused } = listFiles(paths);
  const inputs = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const parse = parseManifestsFast(inputs);
  const problems = [...refused, ...parse.diagnostics.filter((d) => d.severity !== 'info')];
  return { parse, problems, incomplete: problems.some(isUnreadable) };
}

export function format(d: Diagnostic): string {
  return `${d.file || '<input>'}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
}
