import { describe, expect, it } from 'vitest';
import { Recent } from './recent';

describe('Recent', () => {
  it('makes a value once per key and keeps the most recently used ones', () => {
    const r = new Recent<number>(2);
    let made = 0;
    const make = () => ++made;
    expect(r.get('a', make)).toBe(1);
    expect(r.get('b', make)).toBe(2);
    expect(r.get('a', make)).toBe(1); // a is now the most recent
    expect(r.get('c', make)).toBe(3); // drops b, the least recent
    expect(r.has('a')).toBe(true);
    expect(r.has('b')).toBe(false);
    expect(r.get('b', make)).toBe(4);
    expect(made).toBe(4);
  });

  it('forgets a key only while it still holds the value given', () => {
    const r = new Recent<object>(3);
    const first = r.get('k', () => ({}));
    r.forget('k', {});
    expect(r.has('k')).toBe(true);
    r.forget('k', first);
    expect(r.has('k')).toBe(false);
  });
});
