import { describe, expect, it } from 'vitest';
import { findDuplicateKey } from './find-duplicate-key.js';

describe('given parsed JSON text', () => {
  it.each([
    ['{"a":1,"b":2}', null],
    ['{"a":{"a":1},"b":[{"a":1},{"a":2}]}', null],
    ['{"a":"\\"a\\":1","b":"a"}', null],
    ['[{"a":1,"a":2}]', 'a'],
    ['{"outer":{"x":1,"y":[],"x":2}}', 'x'],
    ['{"code":1,"\\u0063ode":"123456"}', 'code'],
    ['{ "a" : 1 , "a" : 2 }', 'a'],
  ])('finds the repeated key of %s: %s', (json, expected) => {
    expect(findDuplicateKey(json)).toBe(expected);
  });
});
