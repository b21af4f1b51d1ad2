// The browser side of import/export: File objects and dropped folders in, downloads and clipboard out.
import type { ManifestInput } from '../yaml';
import { manifestsOfZip } from './zip';

const MANIFEST = /\.(ya?ml|json)$/i;
const ZIP = /\.zip$/i;
/** Larger single files are almost certainly not manifests (and would freeze the tab). */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

function nameOf(f: File): string {
  return (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
}

/** Manifests from chosen or dropped files; zips (our export) are opened; other files are skipped. */
export async function readFiles(files: Iterable<File>): Promise<ManifestInput[]> {
  const out: ManifestInput[] = [];
  const list = [...files].sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : 1));
  for (const f of list) {
    const name = nameOf(f);
    if (f.size > MAX_FILE_BYTES) continue;
    if (ZIP.test(name)) out.push(...manifestsOfZip(new Uint8Array(await f.arrayBuffer()), name));
    else if (MANIFEST.test(name)) out.push({ file: name, text: await f.text() });
  }
  return out;
}

/** Every file of a drop, walking into dropped folders (FileSystemEntry API). */
export async function filesOfDrop(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return [...dt.files];
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
      out.push(new File([file], `${prefix}${file.name}`, { type: file.type }));
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries returns the folder in batches until it returns an empty one.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, `${prefix}${entry.name}/`);
      }
    }
  };
  for (const e of entries) await walk(e, '');
  return out;
}

export function download(name: string, data: Blob | string): void {
  const url = typeof data === 'string' ? data : URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
