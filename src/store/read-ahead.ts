// Reading ahead: when the user pauses on a big text for a moment, shorter than the typing pause, that text is
// most likely the one about to be committed. Its design (read off the page) and its verdicts (the engine worker
// hears it announced) start then, and the commit finds them under way: the overlay of a 1,000-workload design
// follows an edit right after the typing pause instead of a worker's round later. One reading ahead at a time;
// a text that is never committed costs only some worker time.
import { analysisKey } from '../sync/analyse';
import { Recent } from '../sync/recent';
import type { Derivation, OffPageReader } from './derive';

/** Readings kept by text: the one read ahead and the one committed. */
const KEPT = 2;

export interface ReadAhead {
  /** The reader's derivation of the text, shared with a reading ahead of the same text. */
  derive(text: string, extraExternals: readonly string[]): Promise<Derivation>;
  /** Start reading `text` (and announce it) unless a reading ahead is still under way. */
  anticipate(text: string, extraExternals: readonly string[]): void;
}

export function createReadAhead(reader: OffPageReader, announce: (text: string) => void): ReadAhead {
  const recent = new Recent<Promise<Derivation>>(KEPT);
  let busy = false;
  const derive = (text: string, extraExternals: readonly string[]) => {
    const key = analysisKey(text, extraExternals);
    return recent.get(key, () => {
      const p = reader.derive(text, extraExternals);
      // A failed reading is not kept: the commit asks again (and then reads on the page).
      p.catch(() => recent.forget(key, p));
      return p;
    });
  };
  return {
    derive,
    anticipate(text, extraExternals) {
      if (busy || !reader.wants(text)) return;
      busy = true;
      announce(text);
      derive(text, extraExternals).then(
        () => (busy = false),
        () => (busy = false),
      );
    },
  };
}
