// Checking a query's fields before it is answered: bad input is a value naming the field, never a guess.
import type { Query } from '../model';
import type { QueryError } from './engine';

export function validateQuery(q: Query): QueryError | undefined {
  if (typeof q.from !== 'string' || q.from === '') return { error: 'from is required (ns/name or an IP address)', argument: 'from' };
  if (typeof q.to !== 'string' || q.to === '') return { error: 'to is required (ns/name or an IP address)', argument: 'to' };
  if (typeof q.port !== 'number' || !Number.isInteger(q.port) || q.port < 1 || q.port > 65535) {
    return { error: `port must be a whole number between 1 and 65535 (got ${JSON.stringify(q.port)})`, argument: 'port' };
  }
  if (q.protocol !== undefined && !['TCP', 'UDP', 'SCTP'].includes(q.protocol)) {
    return { error: `protocol must be TCP, UDP or SCTP (got ${JSON.stringify(q.protocol)})`, argument: 'protocol' };
  }
  if (q.method !== undefined && (typeof q.method !== 'string' || !/^[A-Za-z]+$/.test(q.method))) {
    return { error: `method must be an HTTP method such as GET or POST (got ${JSON.stringify(q.method)})`, argument: 'method' };
  }
  if (q.path !== undefined && (typeof q.path !== 'string' || !q.path.startsWith('/'))) {
    return { error: `path must start with / (got ${JSON.stringify(q.path)})`, argument: 'path' };
  }
  // HTTP attributes ride on a TCP connection through the sidecar; UDP and SCTP are not proxied (QUERY-MODEL.md).
  const protocol = q.protocol ?? 'TCP';
  if (protocol !== 'TCP' && q.method !== undefined) {
    return { error: `method is only meaningful with protocol TCP (got ${protocol}): drop method or use TCP`, argument: 'method' };
  }
  if (protocol !== 'TCP' && q.path !== undefined) {
    return { error: `path is only meaningful with protocol TCP (got ${protocol}): drop path or use TCP`, argument: 'path' };
  }
  return undefined;
}
