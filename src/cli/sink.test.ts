// The byte sink (process.stdout) writes the bytes of the text the string sink would write, waits for drain, and
// never touches a buffer once handed over (a pipe may still be sending it).
import { describe, expect, it } from 'vitest';
import { streamSink, type ByteStream, type TextStream } from './sink';

/** Keeps every chunk as handed over; "full" after every third write, draining on a later turn. */
function recorder() {
  const chunks: (string | Uint8Array)[] = [];
  let waiting = false;
  let drain: (() => void) | undefined;
  const stream: ByteStream = {
    takesBytes: true,
    write(chunk) {
      expect(waiting).toBe(false);
      chunks.push(chunk);
      if (chunks.length % 3 !== 0) return true;
      waiting = true;
      setTimeout(() => {
        waiting = false;
        drain?.();
      }, 1);
      return false;
    },
    once(_event, listener) {
      drain = listener;
    },
  };
  const bytes = () => Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
  return { stream, chunks, bytes };
}

const PIECES = ['{"a":1}', ',\n', 'é', '日本語', '😀 emoji', 'x'.repeat(500), 'y'.repeat(5000), '', 'end\n'];

async function writeAll(stream: TextStream, texts: string[], chunkChars: number): Promise<void> {
  const out = streamSink(stream, chunkChars);
  for (const t of texts) {
    const wait = out.write(t);
    if (wait) await wait;
  }
  await out.flush();
}

describe('streamSink on a byte stream', () => {
  it('writes the UTF-8 of the joined text, in chunks, large texts and multi-byte characters included', async () => {
    const texts = Array.from({ length: 300 }, (_, i) => PIECES[i % PIECES.length]!);
    const r = recorder();
    await writeAll(r.stream, texts, 256);
    expect(r.bytes().toString('utf8')).toBe(texts.join(''));
    expect(r.chunks.length).toBeGreaterThan(20);
    // Buffers handed over earlier still hold their bytes: the sink wrote the later ones elsewhere.
    expect(Buffer.concat(r.chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))).equals(Buffer.from(texts.join('')))).toBe(true);
  });

  it('writes nothing for nothing', async () => {
    const r = recorder();
    await writeAll(r.stream, ['', ''], 256);
    expect(r.chunks).toEqual([]);
  });
});
