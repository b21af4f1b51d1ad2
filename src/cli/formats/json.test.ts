import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VerdictKind } from '../../model';
import { BlockRows } from '../block-rows';
import { jsonFormat } from './json';

const id = fc.stringMatching(/^[a-z0-9-]{1,8}\/[a-z0-9.\-"\\]{1,8}$/);
const kind = fc.constantFrom<VerdictKind>('allowed', 'unisolated', 'http-only', 'denied');
const port = fc.constantFrom('80/TCP', '53/UDP', 'any', '8080/TCP');

describe('json format', () => {
  it('writes each block exactly as JSON.stringify of its row, shared lists or not', () => {
    const shared = ['a/x', 'b/y'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(id, { minLength: 1 }), fc.array(id, { minLength: 1 }), fc.array(fc.record({ port, kind }))), { maxLength: 20 }), (blocks) => {
        const rows = new BlockRows();
        const json = jsonFormat();
        blocks.forEach(([from, to, ports], i) => {
          const row = rows.row({ from: i % 3 === 0 ? shared : from, to, ports });
          expect(json.block(row, 1)).toBe((i === 0 ? '\n' : ',\n') + JSON.stringify(row));
        });
      }),
    );
  });
});
