// Output that never becomes one huge string: chunks are gathered up to a small buffer, written to the
// stream, and when the stream says its buffer is full (write() returned false) we wait for 'drain'.
// At 10,000 workloads `analyze --json` is hundreds of MB; one string of it would not even fit in V8.

/** The part of a Writable we use (process.stdout, a file stream, or a test double). */
export interface TextStream {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * A stream that also takes bytes (process.stdout behind `bytesOf`). The sink then encodes text straight into
 * buffers of its own: joining the queued strings and letting the stream convert the joined string again cost
 * a 20,000-query batch (28 MB) about 80 ms of its second.
 */
export interface ByteStream extends TextStream {
  write(chunk: string | Uint8Array): boolean;
  readonly takesBytes: true;
}

/** process.stdout (any Node Writable) as a ByteStream. */
export function bytesOf(stream: NodeJS.WritableStream): ByteStream {
  return { takesBytes: true, write: (chunk) => stream.write(chunk), once: (event, listener) => stream.once(event, listener) };
}

const takesBytes = (s: TextStream): s is ByteStream => (s as Partial<ByteStream>).takesBytes === true;

export interface Sink {
  /**
   * Queues text. Returns a promise only when the buffer was handed over and the stream asked us to wait:
   * `const wait = out.write(x); if (wait) await wait;` spares a million blocks a million promise hops.
   */
  write(text: string): Promise<void> | undefined;
  /** Hands over what is queued. */
  flush(): Promise<void>;
}

export const CHUNK_CHARS = 64 * 1024;

export function streamSink(stream: TextStream, chunkChars = CHUNK_CHARS): Sink {
  if (takesBytes(stream)) return byteSink(stream, chunkChars);
  let queued: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const chunk = queued.join('');
    queued = [];
    size = 0;
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  };
  return {
    write(text) {
      queued.push(text);
      size += text.length;
      return size >= chunkChars ? flush() : undefined;
    },
    flush,
  };
}

/** UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * The same chunks as UTF-8 bytes. Each chunk is a fresh buffer, never touched again once handed over (an
 * asynchronous stream, e.g. a pipe, may still hold it). Callers write whole strings, so a surrogate pair is
 * never split between two writes and the bytes equal those of the joined text.
 */
function byteSink(stream: ByteStream, chunkChars: number): Sink {
  const capacity = chunkChars * MAX_BYTES_PER_UNIT;
  let buffer = Buffer.allocUnsafe(capacity);
  let used = 0;
  const hand = async (chunk: string | Uint8Array) => {
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  };
  const flush = async () => {
    if (used === 0) return;
    const chunk = buffer.subarray(0, used);
    buffer = Buffer.allocUnsafe(capacity);
    used = 0;
    await hand(chunk);
  };
  return {
    write(text) {
      const most = text.length * MAX_BYTES_PER_UNIT;
      if (most > capacity) return flush().then(() => hand(text));
      const full = used + most > capacity ? flush() : undefined;
      used += buffer.write(text, used);
      return full;
    },
    flush,
  };
}
