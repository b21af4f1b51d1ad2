// A small most-recently-used cache by key: the page's analyser, the read-ahead and the worker session each keep
// the readings of the last few texts (undo, redo and typing go back to recent texts).

export class Recent<T> {
  private readonly items = new Map<string, T>();

  constructor(private readonly size: number) {}

  /** The value kept for `key` (now the most recent), or a new one from `make`, dropping the least recent. */
  get(key: string, make: () => T): T {
    let v = this.items.get(key);
    if (v !== undefined) this.items.delete(key);
    else v = make();
    this.items.set(key, v);
    if (this.items.size > this.size) this.items.delete(this.items.keys().next().value!);
    return v;
  }

  has(key: string): boolean {
    return this.items.has(key);
  }

  /** Forget `key` if it still holds `value` (a failed reading, so that the next ask tries again). */
  forget(key: string, value: T): void {
    if (this.items.get(key) === value) this.items.delete(key);
  }
}
