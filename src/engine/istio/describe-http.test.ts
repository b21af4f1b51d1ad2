import { describe, expect, it } from 'vitest';
import { english } from '../reasons';
import { describeHttp } from './rules';

const say = (p: ReturnType<typeof describeHttp>) => (typeof p === 'string' || typeof p === 'number' ? String(p) : english(Array.isArray(p) ? p[0]! : p));

describe('describeHttp (what an http-only verdict asks for)', () => {
  it('reads operations as alternatives, their fields side by side', () => {
    const rule = { to: [{ operation: { methods: ['POST'], paths: ['/api/*'] } }, { operation: { notMethods: ['DELETE'], hosts: ['a.example'] } }] };
    expect(say(describeHttp(rule))).toBe('POST /api/* or method not DELETE host a.example');
  });

  it('names header conditions and request principals, once each', () => {
    const rule = {
      when: [{ key: 'request.headers[x-id]', values: ['1'], notValues: ['2'] }],
      from: [{ source: { requestPrincipals: ['iss/sub'] } }, { source: { requestPrincipals: ['iss/sub'] } }],
    };
    expect(say(describeHttp(rule))).toBe('request.headers[x-id] in 1 not in 2 or request principal iss/sub');
  });
});
