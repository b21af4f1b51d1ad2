import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { decodeDesign, encodeDesign, payloadOfFragment, shareLink } from './codec';

const hostile = (obj: unknown) => compressToEncodedURIComponent(typeof obj === 'string' ? obj : JSON.stringify(obj));

describe('share link codec', () => {
  it('round-trips any text and positions', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.string(), fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)), y: fc.integer() })),
        (text, positions) => {
          const r = decodeDesign(encodeDesign({ text, positions }));
          expect(r.ok).toBe(true);
          if (r.ok) {
            expect(r.design.text).toBe(text);
            expect({ ...r.design.positions }).toEqual({ ...positions });
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('puts the design in the fragment only, replacing any earlier fragment', () => {
    const link = shareLink('https://kpd.example/app/?x=1#design=old', { text: 'a: 1', positions: {} });
    expect(link.startsWith('https://kpd.example/app/?x=1#design=')).toBe(true);
    expect(decodeDesign(payloadOfFragment(new URL(link).hash)!)).toMatchObject({ ok: true, design: { text: 'a: 1' } });
  });

  it('ignores fragments that carry no design', () => {
    expect(payloadOfFragment('')).toBeUndefined();
    expect(payloadOfFragment('#section-2')).toBeUndefined();
  });

  it('rejects garbage, wrong shapes and oversize payloads without throwing', () => {
    expect(decodeDesign('%%%not-lz%%%')).toMatchObject({ ok: false });
    expect(decodeDesign('')).toEqual({ ok: false, reason: 'not-compressed' });
    expect(decodeDesign(hostile('{not json'))).toEqual({ ok: false, reason: 'not-json' });
    expect(decodeDesign(hostile({ v: 1, text: 42 }))).toEqual({ ok: false, reason: 'bad-shape' });
    expect(decodeDesign(hostile({ v: 2, text: '' }))).toEqual({ ok: false, reason: 'bad-shape' });
    expect(decodeDesign(hostile([1, 2]))).toEqual({ ok: false, reason: 'bad-shape' });
    expect(decodeDesign(hostile({ v: 1, text: '', positions: { a: { x: 'NaN', y: 0 } } }))).toEqual({ ok: false, reason: 'bad-shape' });
    expect(decodeDesign('A'.repeat(200_000))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('keeps __proto__ keys as plain data', () => {
    const payload = hostile('{"v":1,"text":"x","positions":{"__proto__":{"x":1,"y":2},"constructor":{"x":3,"y":4}}}');
    const r = decodeDesign(payload);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    if (r.ok) expect(Object.keys(r.design.positions).sort()).toEqual(['__proto__', 'constructor']);
  });
});
