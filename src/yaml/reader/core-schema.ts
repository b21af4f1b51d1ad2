// YAML 1.2's core schema as the `yaml` package resolves plain scalars (its schema/core/*.js tests, in its
// order), for js-yaml 4. js-yaml's own CORE_SCHEMA differs on a few spellings (0b101, -0x1F, +0o7, -.5),
// and a fast path that typed `port: -.5` differently from `yaml` would change diagnostics.
import { FAILSAFE_SCHEMA, Type } from 'js-yaml';

const scalar = (tag: string, test: { test(s: string): boolean }, construct: (s: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (s: string) => test.test(s), construct });

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** One js-yaml type per tag (js-yaml keeps only the last of several with one tag), trying yaml's tests in order. */
function intOf(s: string): number {
  if (INT_OCT.test(s)) return parseInt(s.slice(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  return parseInt(s.slice(2), 16);
}

function floatOf(s: string): number {
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  return parseFloat(s);
}

/** Numbers start with a sign, a digit or a dot: most plain scalars (names, labels) skip every number test. */
const numberLike = (s: string) => {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
};

export const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', NULL, () => null),
    scalar('bool', BOOL, (s) => s[0] === 't' || s[0] === 'T'),
    scalar('int', { test: (s) => numberLike(s) && (INT_OCT.test(s) || INT.test(s) || INT_HEX.test(s)) }, intOf),
    scalar('float', { test: (s) => numberLike(s) && (FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)) }, floatOf),
  ],
});
