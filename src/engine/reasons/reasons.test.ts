import { describe, expect, it } from 'vitest';
import { andList, english, msg, renderMessage, said, uniqueMessages } from './index';

describe('reason messages', () => {
  it('render in English from the catalogue, nested clauses and lists included', () => {
    const m = msg('authz.noAllowMatchesBecause', {
      layer: 'authz',
      at: 'shop/db',
      policies: 'shop/a',
      why: [msg('authz.noIdentity'), msg('authz.httpNeverTcp', { rules: 'shop/a rules[0]' })],
    });
    expect(english(m)).toBe(
      'authz at shop/db: denied: no ALLOW rule of shop/a matches (source has no mTLS identity; ALLOW rules with HTTP-only fields never match a plain TCP connection (shop/a rules[0]))',
    );
  });

  it('read enum parameters through the word lookup and the rest as data', () => {
    const seen: string[] = [];
    const text = renderMessage(msg('netpol.anyPeer', { side: 'source' }), {
      text: (code, p) => `${code}(${p.side})`,
      word: (group, value) => (seen.push(`${group}.${value}`), value.toUpperCase()),
      join: ' / ',
    });
    expect(text).toBe('netpol.anyPeer(SOURCE)');
    expect(seen).toEqual(['side.source']);
  });

  it('join two or more attributes with "and", and keep each message once', () => {
    expect(english(msg('authz.assumingMany', { unknowns: andList([msg('attribute.host'), msg('attribute.header', { name: 'x-id' })]) }))).toBe(
      'assuming the Host header and the request header x-id match: the query does not give them, and a DENY that may match is taken to match',
    );
    expect(uniqueMessages([msg('note.self'), msg('note.self'), msg('rule.jwt')])).toEqual([msg('note.self'), msg('rule.jwt')]);
    expect(said(msg('istio.noSidecar'))).toEqual({ reason: 'no sidecar', message: { code: 'istio.noSidecar', params: {} } });
  });
});
