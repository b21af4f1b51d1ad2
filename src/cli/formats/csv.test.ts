import { describe, expect, it } from 'vitest';
import { cell } from './csv';

describe('csv cells', () => {
  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(cell('ns/a ns/b')).toBe('ns/a ns/b');
    expect(cell('a,b')).toBe('"a,b"');
    expect(cell('say "hi"')).toBe('"say ""hi"""');
    expect(cell('a\nb')).toBe('"a\nb"');
  });
});
