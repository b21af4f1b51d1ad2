// yaml's parseAllDocuments, step by step, noting what a text's start would do inside a longer text
// (incremental.ts cuts a file at `---` lines and must know where a cut would change the reading).
import { Composer, LineCounter, Parser, type CST, type Document } from 'yaml';

export interface Stream {
  docs: Document.Parsed[];
  lineCounter: LineCounter;
  /**
   * Errors `yaml` raised before the text's first document was complete. Inside a longer text they would go
   * to the document before it (yaml's Composer gives stray errors to the last document it has).
   */
  leadingErrors: number;
}

const EMPTY = new Set(['space', 'comment', 'newline']);

/** Exactly parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true }). */
export function readStream(text: string): Stream {
  const lineCounter = new LineCounter();
  const out: Stream = { docs: [], lineCounter, leadingErrors: 0 };
  const composer = new Composer({ lineCounter, prettyErrors: false, uniqueKeys: true });
  function* watched(tokens: Generator<CST.Token>): Generator<CST.Token> {
    let seenDoc = false;
    for (const token of tokens) {
      if (token.type === 'document') seenDoc = true;
      else if (!seenDoc && !EMPTY.has(token.type) && token.type !== 'byte-order-mark') out.leadingErrors++;
      yield token;
    }
  }
  out.docs = Array.from(composer.compose(watched(new Parser(lineCounter.addNewLine).parse(text))));
  return out;
}
