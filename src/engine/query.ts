// Checking a query's fields before it is answered: bad input is a value naming the field, never a guess.
import type { Query } from '../model';
import type { QueryError } from './engine';
import { english, msg, type ReasonCode } from './reasons';

/** `got` is shown as JSON (a wrong type shows as itself: `"80"` is not 80); `{ raw }` as it is. */
function bad(code: ReasonCode, argument: QueryError['argument'], ...got: unknown[]): QueryError {
  const g = got[0];
  const shown = typeof g === 'object' && g !== null && 'raw' in g ? String(g.raw) : String(JSON.stringify(g));
  const message = msg(code, got.length === 0 ? {} : { got: shown });
  return { error: english(message), message, argument };
}

export function validateQuery(q: Query): QueryError | undefined {
  if (typeof q.from !== 'string' || q.from === '') return bad('query.fromRequired', 'from');
  if (typeof q.to !== 'string' || q.to === '') return bad('query.toRequired', 'to');
  if (typeof q.port !== 'number' || !Number.isInteger(q.port) || q.port < 1 || q.port > 65535) {
    return bad('query.port', 'port', q.port);
  }
  if (q.protocol !== undefined && !['TCP', 'UDP', 'SCTP'].includes(q.protocol)) {
    return bad('query.protocol', 'protocol', q.protocol);
  }
  if (q.method !== undefined && (typeof q.method !== 'string' || !/^[A-Za-z]+$/.test(q.method))) {
    return bad('query.method', 'method', q.method);
  }
  if (q.path !== undefined && (typeof q.path !== 'string' || !q.path.startsWith('/'))) {
    return bad('query.path', 'path', q.path);
  }
  // HTTP attributes ride on a TCP connection through the sidecar; UDP and SCTP are not proxied (QUERY-MODEL.md).
  const protocol = q.protocol ?? 'TCP';
  if (protocol !== 'TCP' && q.method !== undefined) {
    return bad('query.methodNotTcp', 'method', { raw: protocol });
  }
  if (protocol !== 'TCP' && q.path !== undefined) {
    return bad('query.pathNotTcp', 'path', { raw: protocol });
  }
  return undefined;
}
