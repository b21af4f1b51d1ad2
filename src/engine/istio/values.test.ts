import { describe, expect, it } from 'vitest';
import { glob, matchesValue, namespaceMatches, pathMatches } from './values';

describe('AuthorizationPolicy string matching', () => {
  it.each([
    // pattern, value, matches — exact, prefix `abc*`, suffix `*abc`, presence `*` (authorization-policy.proto, Rule)
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['abc*', 'abc', true],
    ['abc*', 'abcd', true],
    ['abc*', 'xabc', false],
    ['*abc', 'abc', true],
    ['*abc', 'xabc', true],
    ['*abc', 'abcx', false],
    ['*', 'anything', true],
    ['*', '', false],
    ['*', undefined, false],
    ['abc', undefined, false],
  ] as const)('%s against %s → %s', (pattern, value, want) => {
    expect(matchesValue(pattern, value)).toBe(want);
  });
});

describe('paths', () => {
  it.each([
    ['/exact', '/exact', true],
    ['/exact', '/exact/', false],
    ['/exact', '/exact/x', false],
    ['/api/*', '/api/v1/users', true],
    ['/api/*', '/api/', true],
    ['/api/*', '/api', false],
    ['/info*', '/info', true],
    ['/info*', '/information', true],
    ['*.js', '/static/app.js', true],
    ['*.js', '/static/app.css', false],
    ['*/info', '/a/b/info', true],
    ['*', '/', true],
    // Envoy compares the path without query string or fragment.
    ['/exact', '/exact?debug=1', true],
    ['*.js', '/app.js#top', true],
    // URI templates: {*} exactly one segment; {**} one or more segments, or zero or more at the end.
    ['/users/{*}/orders', '/users/42/orders', true],
    ['/users/{*}/orders', '/users/42/7/orders', false],
    ['/users/{*}/orders', '/users//orders', false],
    ['/example/{**}/one', '/example/anything/two/one', true],
    ['/example/{**}/one', '/example/anything/one', true],
    ['/example/{**}/one', '/example/one', false],
    ['/example/{**}', '/example/', true],
    ['/example/{**}', '/example/anything/more/', true],
    ['/example/{**}', '/example', false],
    ['/{*}/example/{*}/{**}', '/anything/example/anything/more', true],
  ] as const)('%s against %s → %s', (pattern, path, want) => {
    expect(pathMatches(pattern, path)).toBe(want);
  });
});

describe('namespaces', () => {
  it('may carry * anywhere, like istiod’s .*/ns/<value>/.* regex', () => {
    expect(namespaceMatches('prod', 'prod')).toBe(true);
    expect(namespaceMatches('prod', 'prod-eu')).toBe(false);
    expect(namespaceMatches('prod-*', 'prod-eu')).toBe(true);
    expect(namespaceMatches('*-eu', 'prod-eu')).toBe(true);
    expect(namespaceMatches('team-*-prod', 'team-a-prod')).toBe(true);
    expect(namespaceMatches('team-*-prod', 'team-a-dev')).toBe(false);
    expect(namespaceMatches('*', undefined)).toBe(false);
  });

  it('globs in linear time on hostile patterns', () => {
    const started = Date.now();
    expect(glob('*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
