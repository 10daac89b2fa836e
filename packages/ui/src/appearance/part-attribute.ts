import type { PartName } from './appearance.js';

/** `secondaryButton` -> `secondary-button`: the spelling used in `data-af-part` and `af-` classes. */
export function partAttribute(part: PartName): string {
  return part.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
