// Public surface of the YAML layer: the only code that knows YAML.
// The folder's public surface: other code imports YAML reading and printing from here only.
import type { Cluster, Diagnostic, ObjectRef } from '../model';

export interface ManifestInput {
  /** Path or display name ('' for the editor buffer / pasted text). */
  file: string;
  text: string;
}

/** One YAML document (or one item of a `kind: List`) as read. */
export interface ParsedDocument {
  file: string;
  /** 0-based index within the file. */
  doc: number;
  /** 1-based line/column range of the document's text. */
  line: number;
  col: number;
  endLine: number;
  /** The document's own source text, verbatim. */
  text: string;
  /** kind/namespace/name when the document has them. */
  ref?: ObjectRef;
  /** true when the object went into a modelled collection of the Cluster. */
  modelled: boolean;
  /** true when it had errors and was skipped. */
  invalid: boolean;
}

export interface ParseResult {
  cluster: Cluster;
  documents: ParsedDocument[];
  diagnostics: Diagnostic[];
}

export { parseManifests } from './parse';
export { emitCluster, emitObjects, type EmitOptions } from './emit';
