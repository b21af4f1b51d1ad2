// CSV (RFC 4180): a header row, then one row per block, denied-only blocks included. Workload ids and ports
// are joined by spaces inside their cell. Warnings and the summary are not rows: other formats carry them.
import { byIdentity } from './by-identity';
import type { AnalyzeFormat } from './format';

const COLUMNS = ['from', 'to', 'allowed', 'unisolated', 'httpOnly', 'denied'] as const;

/** A cell quoted when it holds a comma, a quote or a line break (quotes doubled), as RFC 4180 says. */
export function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvFormat(): AnalyzeFormat {
  const text = byIdentity((xs) => cell(xs.join(' ')));
  return {
    head: () => COLUMNS.join(',') + '\r\n',
    block: (r) => `${text(r.from)},${text(r.to)},${text(r.allowed)},${text(r.unisolated)},${text(r.httpOnly)},${text(r.denied)}\r\n`,
    tail: () => '',
  };
}
