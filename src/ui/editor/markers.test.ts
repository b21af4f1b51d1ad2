import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../model/diagnostic';
import { MAX_MARKERS, SEVERITY, toMarkerRanges } from './markers';

const lines = ['kind: NetworkPolicy', 'spec:', '  podSelector: {}', '  policyTypes: [Ingress'];
const lineText = (n: number) => lines[n - 1] ?? '';
const diag = (d: Partial<Diagnostic>): Diagnostic => ({ severity: 'error', file: '', line: 1, col: 1, message: 'm', ...d });

describe('toMarkerRanges', () => {
  it('keeps an explicit range exactly', () => {
    const [m] = toMarkerRanges([diag({ line: 3, col: 3, endLine: 3, endCol: 14 })], lines.length, lineText);
    expect(m).toMatchObject({ startLineNumber: 3, startColumn: 3, endLineNumber: 3, endColumn: 14, severity: SEVERITY.error });
  });

  it('underlines the token at the start when there is no end', () => {
    const [m] = toMarkerRanges([diag({ line: 3, col: 3 })], lines.length, lineText);
    expect(m).toMatchObject({ startColumn: 3, endColumn: 14 });
  });

  it('underlines the rest of the line when the start is on punctuation', () => {
    const [m] = toMarkerRanges([diag({ line: 4, col: 16 })], lines.length, lineText);
    expect(m).toMatchObject({ startColumn: 16, endColumn: 24 });
  });

  it('gives an error past the end of the text a visible one-column range on the last line', () => {
    const [m] = toMarkerRanges([diag({ line: 99, col: 99 })], lines.length, lineText);
    expect(m).toMatchObject({ startLineNumber: 4, startColumn: 24, endLineNumber: 4, endColumn: 25 });
  });

  it('maps severities', () => {
    const ms = toMarkerRanges([diag({ severity: 'warning' }), diag({ severity: 'info' })], lines.length, lineText);
    expect(ms.map((m) => m.severity)).toEqual([SEVERITY.warning, SEVERITY.info]);
  });

  it('caps the number of markers', () => {
    const many = Array.from({ length: MAX_MARKERS + 50 }, () => diag({}));
    expect(toMarkerRanges(many, lines.length, lineText)).toHaveLength(MAX_MARKERS);
  });

  it('says each kept marker in the given words, asking only for the markers kept', () => {
    const many = Array.from({ length: MAX_MARKERS + 50 }, (_, i) => diag({ code: 'field.unknown', message: `m${i}` }));
    let asked = 0;
    const ms = toMarkerRanges(many, lines.length, lineText, (d) => (asked++, `said ${d.message}`));
    expect(ms[0]!.message).toBe('said m0');
    expect(asked).toBe(MAX_MARKERS);
  });
});
