import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyReplacement, minimalReplacement, normalizeEol } from './textDiff';

describe('minimalReplacement', () => {
  it('returns nothing for equal texts', () => {
    expect(minimalReplacement('a: 1\n', 'a: 1\n')).toBeUndefined();
  });

  it('touches only the changed part when a document is appended below the cursor', () => {
    const before = 'kind: Namespace\nmetadata:\n  name: a\n';
    const after = `${before}---\nkind: Namespace\nmetadata:\n  name: b\n`;
    expect(minimalReplacement(before, after)).toEqual({ start: before.length, end: before.length, text: after.slice(before.length) });
  });

  it('replaces a changed port number only', () => {
    // '8080' → '9090' shares the last '0': only '808' is replaced.
    const r = minimalReplacement('port: 8080\n', 'port: 9090\n');
    expect(r).toEqual({ start: 6, end: 9, text: '909' });
  });

  it('keeps prefix and suffix from overlapping on repeated text', () => {
    const r = minimalReplacement('aaa', 'aa')!;
    expect(applyReplacement('aaa', r)).toBe('aa');
    expect(r.end - r.start).toBe(1);
  });

  it('never splits a surrogate pair', () => {
    const r = minimalReplacement('x😀y', 'x😃y')!;
    expect(r).toEqual({ start: 1, end: 3, text: '😃' });
  });

  it('round-trips any pair of texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const r = minimalReplacement(a, b);
        expect(r ? applyReplacement(a, r) : a).toBe(b);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizeEol', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normalizeEol('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});
