// The export zip and its way back in, with fflate (synchronous: designs are small and this runs on a click).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseManifests, type ManifestInput } from '../yaml';
import { isKustomization, repoLayout, type RepoFile } from './layout';

export const ZIP_NAME = 'kube-policy-designer.zip';
export const YAML_NAME = 'kube-policy-designer.yaml';
const MANIFEST = /\.(ya?ml|json)$/i;
/** A zip bomb guard: we never unpack more than this. */
const MAX_UNZIPPED = 64 * 1024 * 1024;

/** The repository folder for the editor's text: one file per resource plus kustomization.yaml. */
export function repoFiles(text: string): RepoFile[] {
  const { documents } = parseManifests([{ file: YAML_NAME, text }]);
  return repoLayout(documents.map((d) => ({ ref: d.ref, text: d.text, invalid: d.invalid })));
}

export function exportZip(text: string): Uint8Array {
  const entries: Record<string, Uint8Array> = Object.create(null);
  for (const f of repoFiles(text)) entries[`kube-policy-designer/${f.path}`] = strToU8(f.text);
  // A fixed date keeps the zip byte-identical for the same design.
  return zipSync(entries, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') });
}

/** The manifests inside a zip (any layout), skipping kustomization files, folders and other files. */
export function manifestsOfZip(bytes: Uint8Array, zipName = ''): ManifestInput[] {
  let total = 0;
  const files = unzipSync(bytes, {
    filter: (f) => {
      if (!MANIFEST.test(f.name) || isKustomization(f.name)) return false;
      total += f.originalSize;
      return total <= MAX_UNZIPPED;
    },
  });
  return Object.keys(files)
    .sort()
    .map((name) => ({ file: zipName ? `${zipName}/${name}` : name, text: strFromU8(files[name]) }));
}
