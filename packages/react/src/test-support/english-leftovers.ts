import { seededAccounts } from '@authflow-ui/mocks';
import { type AuthLocalization, enUS } from '@authflow-ui/ui';

/** Every value a text function receives in the tests: the seeded people and counts up to a minute. */
function sampleValues() {
  const people = [seededAccounts.owner, seededAccounts.member, seededAccounts.mfa];
  return people.flatMap((person) =>
    Array.from({ length: 61 }, (_, count) => ({
      seconds: count,
      remaining: count,
      email: person.email,
      name: person.fullname,
      role: person.role,
      count,
      lastSeenAt: 0,
      now: count * 60_000,
    })),
  );
}

const cache = new WeakMap<AuthLocalization, Set<string>>();

/** Every text `pack` can show, functions called with each sample. */
export function textsOf(pack: AuthLocalization): Set<string> {
  const cached = cache.get(pack);
  if (cached) return cached;
  const texts = new Set<string>();
  cache.set(pack, texts);
  const samples = sampleValues();
  for (const section of Object.values(pack)) {
    for (const value of Object.values(section)) {
      if (typeof value === 'string') texts.add(value);
      else if (typeof value === 'function') for (const sample of samples) texts.add(value(sample));
    }
  }
  return texts;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a person reads or hears in `root`: each text node, and each attribute a screen reader speaks. */
function readableTexts(root: Element): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text) texts.push(text);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'aria-description', 'alt', 'title', 'placeholder', 'aria-valuetext']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts;
}

/**
 * The American English texts found in `root` (as whole words, so "1Password" is no "Password")
 * that `pack` does not use itself: a loanword such as the Italian "Password" is no leftover.
 */
export function englishLeftovers(root: Element, pack: AuthLocalization): string[] {
  const own = textsOf(pack);
  const readable = readableTexts(root).join('\n');
  return englishPatterns()
    .filter(({ english, pattern }) => !own.has(english) && pattern.test(readable))
    .map(({ english }) => english);
}

let patterns: { english: string; pattern: RegExp }[] | undefined;

function englishPatterns() {
  patterns ??= [...textsOf(enUS)]
    .filter((english) => english.trim() !== '')
    .map((english) => ({
      english,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(english)}(?![\\p{L}\\p{N}])`, 'u'),
    }));
  return patterns;
}
