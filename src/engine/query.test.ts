// Query validation: bad input is a QueryError naming the field, never a guessed verdict.
import { describe, expect, it } from 'vitest';
import type { Query } from '../model';
import { isQueryError } from './engine';
import { engineOf, workload } from './testing/build';

const e = engineOf({ workloads: [workload('prod', 'web'), workload('prod', 'db')] });
const ask = (q: Partial<Query>) => e.check({ from: 'prod/web', to: 'prod/db', port: 80, ...q } as Query);
const argumentOf = (q: Partial<Query>) => {
  const r = ask(q);
  return isQueryError(r) ? r.argument : 'ok';
};

describe('check() validation', () => {
  it('port must be a whole number from 1 to 65535', () => {
    for (const port of [0, -1, 65536, 80.5, NaN]) expect(argumentOf({ port })).toBe('port');
    expect(argumentOf({ port: '80' as unknown as number })).toBe('port');
    expect(argumentOf({ port: 1 })).toBe('ok');
    expect(argumentOf({ port: 65535 })).toBe('ok');
  });

  it('protocol is TCP, UDP or SCTP, TCP when absent', () => {
    expect(argumentOf({ protocol: 'ICMP' as never })).toBe('protocol');
    expect(argumentOf({ protocol: 'tcp' as never })).toBe('protocol');
    for (const protocol of ['TCP', 'UDP', 'SCTP'] as const) expect(argumentOf({ protocol })).toBe('ok');
  });

  it('method and path are refused with UDP or SCTP, accepted with TCP', () => {
    expect(argumentOf({ protocol: 'UDP', method: 'GET' })).toBe('method');
    expect(argumentOf({ protocol: 'SCTP', path: '/x' })).toBe('path');
    expect(argumentOf({ method: 'GET', path: '/x' })).toBe('ok');
    expect(argumentOf({ path: 'x' })).toBe('path');
    expect(argumentOf({ method: 'GET /' })).toBe('method');
  });

  it('from and to are required', () => {
    expect(argumentOf({ from: '' })).toBe('from');
    expect(argumentOf({ to: '' })).toBe('to');
  });
});
