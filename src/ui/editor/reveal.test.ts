import { describe, expect, it } from 'vitest';
import { documentLinesFrom } from './reveal';

const text = ['kind: A', 'metadata:', '  name: a', '---', 'kind: B', 'spec: {}'];
const line = (n: number) => text[n - 1]!;

describe('documentLinesFrom', () => {
  it('stops before the next document separator', () => {
    expect(documentLinesFrom(1, text.length, line)).toBe(3);
  });
  it('runs to the end of the text for the last document', () => {
    expect(documentLinesFrom(5, text.length, line)).toBe(6);
  });
  it('does not treat a key that starts with dashes as a separator', () => {
    expect(documentLinesFrom(1, 3, (n) => ['a: 1', '---x: 2', 'b: 3'][n - 1]!)).toBe(3);
  });
});
