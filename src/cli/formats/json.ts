// JSON with today's field names, written as it goes: every block (denied-only ones too) is one line of the
// `connections` array. `summary` comes last because it is counted while the blocks stream by.
import type { AnalyzeFormat } from './format';

export function jsonFormat(): AnalyzeFormat {
  let first = true;
  return {
    head: () => '{\n"connections": [',
    block(r) {
      const sep = first ? '\n' : ',\n';
      first = false;
      return sep + JSON.stringify(r);
    },
    tail: (ctx, { summary, warnings }) =>
      `${first ? '' : '\n'}],\n"warnings": ${JSON.stringify(warnings, null, 2)},\n"diagnostics": ${JSON.stringify(ctx.diagnostics)},\n"summary": ${JSON.stringify(summary, null, 2)}\n}\n`,
  };
}
