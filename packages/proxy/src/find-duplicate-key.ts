type Frame = { kind: 'object'; keys: Set<string>; expectsKey: boolean } | { kind: 'array' };

/**
 * The first key that appears twice in one object of `json`, or `null`. `JSON.parse` keeps the
 * last of two equal keys silently, so `{"code":"1","code":"123456"}` could show one value to a
 * check and another to AuthFlow. Keys compare after unescaping (`"\u0063ode"` is `"code"`).
 * `json` must already have parsed: this walks its tokens and does not validate them again.
 */
export function findDuplicateKey(json: string): string | null {
  const frames: Frame[] = [];
  let index = 0;
  while (index < json.length) {
    const character = json[index];
    const top = frames.at(-1);
    if (character === '"') {
      const end = endOfString(json, index);
      if (top?.kind === 'object' && top.expectsKey) {
        const key: unknown = JSON.parse(json.slice(index, end));
        if (typeof key !== 'string') return null;
        if (top.keys.has(key)) return key;
        top.keys.add(key);
        top.expectsKey = false;
      }
      index = end;
      continue;
    }
    if (character === '{') frames.push({ kind: 'object', keys: new Set(), expectsKey: true });
    else if (character === '[') frames.push({ kind: 'array' });
    else if (character === '}' || character === ']') frames.pop();
    else if (character === ',' && top?.kind === 'object') top.expectsKey = true;
    index += 1;
  }
  return null;
}

/** The index just past the closing quote of the string that opens at `start`. */
function endOfString(json: string, start: number): number {
  let index = start + 1;
  while (index < json.length && json[index] !== '"') index += json[index] === '\\' ? 2 : 1;
  return index + 1;
}
