// From imported files to the editor's text. Each file is read on its own so diagnostics keep the user's file
// name, line and column. A file that reads cleanly goes in verbatim (comments, order, unmodelled kinds, `List`s
// kept); from a file with errors only the documents that read cleanly go in, and the errors are listed.
import type { Diagnostic } from '../model';
import { parseManifests, type ManifestInput } from '../yaml';
import { bareDocument, isKustomization } from './layout';

export interface ImportPlan {
  /** The text that replaces the design. */
  text: string;
  diagnostics: Diagnostic[];
  files: number;
  documents: number;
  /** Documents left out because they had errors. */
  dropped: number;
  /** Files skipped on purpose (kustomization files are about a folder, not resources). */
  skipped: string[];
}

export function planImport(inputs: ManifestInput[]): ImportPlan {
  const chunks: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const skipped: string[] = [];
  let documents = 0;
  let dropped = 0;
  let files = 0;
  for (const input of inputs) {
    if (isKustomization(input.file)) {
      skipped.push(input.file);
      continue;
    }
    files++;
    const parsed = parseManifests([input]);
    diagnostics.push(...parsed.diagnostics);
    const good = parsed.documents.filter((d) => !d.invalid);
    dropped += parsed.documents.length - good.length;
    documents += good.length;
    const hasErrors = parsed.diagnostics.some((d) => d.severity === 'error');
    const texts = hasErrors ? good.map((d) => d.text) : [input.text];
    for (const t of texts) {
      const bare = bareDocument(t);
      if (bare.trim() !== '') chunks.push(bare);
    }
  }
  return { text: chunks.join('---\n'), diagnostics, files, documents, dropped, skipped };
}
