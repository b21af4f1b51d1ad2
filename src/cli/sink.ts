// Output that never becomes one huge string: chunks are gathered up to a small buffer, written to the
// stream, and when the stream says its buffer is full (write() returned false) we wait for 'drain'.
// At 10,000 workloads `analyze --json` is hundreds of MB; one string of it would not even fit in V8.

/** The part of a Writable we use (process.stdout, a file stream, or a test double). */
export interface TextStream {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

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
