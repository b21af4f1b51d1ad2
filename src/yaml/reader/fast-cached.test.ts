// The engine worker's reading: the js-yaml fast path through the chunk cache. After an edit, only the edited
// documents are read again, and the result is still exactly the whole text's `yaml` reading (a cache that
// handed back an old reading would fail the comparison).
import { afterEach, describe, expect, it } from 'vitest';
import { generateDistinct } from '../../../bench/generate-distinct';
import { parseManifestsWhole } from '../parse';
import { parseManifestsFast } from '../parse-fast';
import { plainChunkReads } from './fast';
import { CACHE_LIMITS, cacheStats, clearChunkCache } from './incremental';

afterEach(() => clearChunkCache());

const read = (text: string) => parseManifestsFast([{ file: '', text }], { remember: true });
const whole = (text: string) => parseManifestsWhole([{ file: '', text }]);

/** Reads by js-yaml and by `yaml` while `f` runs. */
function reads(f: () => void): { plain: number; yaml: number } {
  const plain = plainChunkReads();
  const yaml = cacheStats().chunkReads;
  f();
  return { plain: plainChunkReads() - plain, yaml: cacheStats().chunkReads - yaml };
}

describe('parseManifestsFast with remember', () => {
  const docs = generateDistinct(120, 4).split('\n---\n');
  const text = docs.join('\n---\n');
  const policy = docs.findIndex((d) => d.includes('kind: NetworkPolicy') && d.includes('app: '));
  const workload = docs.findIndex((d) => d.includes('kind: Deployment'));

  it('reads every document once, then only the edited ones, always as the whole text reads', () => {
    clearChunkCache();
    expect(reads(() => expect(read(text)).toStrictEqual(whole(text)))).toEqual({ plain: docs.length, yaml: 0 });
    expect(reads(() => expect(read(text)).toStrictEqual(whole(text)))).toEqual({ plain: 0, yaml: 0 });
    const edited = docs.slice();
    edited[policy] = edited[policy]!.replace(/app: (\S+)/, 'app: $1-edited');
    edited[workload] = edited[workload]!.replace(/tier: (\S+)/, 'tier: $1\n        edited: "yes"');
    const next = edited.join('\n---\n');
    expect(reads(() => expect(read(next)).toStrictEqual(whole(next)))).toEqual({ plain: 2, yaml: 0 });
    // Back to the first text (undo): both of its versions are still known.
    expect(reads(() => expect(read(text)).toStrictEqual(whole(text)))).toEqual({ plain: 0, yaml: 0 });
  });

  it('keeps what `yaml` read (a document js-yaml must not read) beside what js-yaml read', () => {
    const block = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: |\n    text\n';
    const mixed = [docs[0], block, docs[1], 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: [x\n', docs[2]].join('\n---\n');
    clearChunkCache();
    expect(read(mixed)).toStrictEqual(whole(mixed));
    expect(reads(() => expect(read(mixed)).toStrictEqual(whole(mixed)))).toEqual({ plain: 0, yaml: 0 });
  });

  it('holds every document of a 2,000-workload paste (about 5,600), so an unchanged text is read from it', () => {
    const many = Array.from({ length: 6000 }, (_, i) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-${i}\n`).join('---\n');
    expect(CACHE_LIMITS.entries).toBeGreaterThanOrEqual(6000);
    read(many);
    expect(reads(() => read(many))).toEqual({ plain: 0, yaml: 0 });
  });
});
