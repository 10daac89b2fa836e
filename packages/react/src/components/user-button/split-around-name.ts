export interface TextAroundName {
  before: string;
  after: string;
}

/**
 * The words of a localized label on either side of the name it contains, trimmed, so the name
 * can be shown and the rest read to screen readers only. A translation that leaves the name out
 * keeps all its words, ahead of the name.
 */
export function splitAroundName(label: string, name: string): TextAroundName {
  const at = label.lastIndexOf(name);
  if (at === -1) return { before: label.trim(), after: '' };
  return { before: label.slice(0, at).trim(), after: label.slice(at + name.length).trim() };
}
