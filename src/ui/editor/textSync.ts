// Two-way sync between the editor buffer and the store's text, free of Monaco so it is unit-tested directly.
//
// - Local typing marks the buffer "pending"; after `delayMs` without typing it is flushed with one
//   store.setText (one undo step per pause).
// - A store change (canvas action, undo, import) is applied to the buffer as ONE minimal replacement (common
//   prefix/suffix kept), so Monaco keeps the cursor, selection and scroll of everything outside the change.
// - While local edits are pending, store changes are NOT applied: what the user is typing wins; after the
//   flush the buffer is compared with the store again.
import { minimalReplacement, normalizeEol, type TextReplacement } from './textDiff';

export interface TextStorePort {
  getText(): string;
  setText(text: string): void;
  undo(): void;
  redo(): void;
}

export interface TextBuffer {
  getText(): string;
  /** Apply a replacement without it counting as a local edit (TextSync guards re-entry itself). */
  replace(r: TextReplacement): void;
}

export const TYPING_PAUSE_MS = 300;

export class TextSync {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private applying = false;
  private pending = false;
  private disposed = false;

  constructor(
    private readonly store: TextStorePort,
    private readonly buffer: TextBuffer,
    private readonly onPendingChange: (pending: boolean) => void = () => {},
    private readonly delayMs: number = TYPING_PAUSE_MS,
  ) {}

  get isPending(): boolean {
    return this.pending;
  }

  /** The buffer changed. Ignored while TextSync itself is writing the store's text into it. */
  bufferChanged(): void {
    if (this.applying || this.disposed) return;
    this.setPending(true);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Push pending local edits to the store now (before undo/redo, on blur, on unmount). */
  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pending) return;
    this.setPending(false);
    const local = this.buffer.getText();
    if (local !== normalizeEol(this.store.getText())) this.store.setText(local);
    // The store may have changed meanwhile (local edits won) or normalised the text: converge on it.
    this.storeChanged();
  }

  /** The store's text may have changed. */
  storeChanged(): void {
    if (this.pending || this.disposed) return;
    const wanted = normalizeEol(this.store.getText());
    const r = minimalReplacement(this.buffer.getText(), wanted);
    if (!r) return;
    this.applying = true;
    try {
      this.buffer.replace(r);
    } finally {
      this.applying = false;
    }
  }

  undo(): void {
    this.flush();
    this.store.undo();
  }

  redo(): void {
    this.flush();
    this.store.redo();
  }

  dispose(): void {
    this.flush();
    this.disposed = true;
  }

  private setPending(p: boolean): void {
    if (this.pending === p) return;
    this.pending = p;
    this.onPendingChange(p);
  }
}
