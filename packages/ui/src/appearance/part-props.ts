import type { Appearance, PartName } from './appearance.js';
import { partAttribute } from './part-attribute.js';

/** The attributes one rendered part carries, in any framework. */
export interface PartProps {
  'data-af-part': string;
  className: string | undefined;
}

/**
 * Every rendered element's attributes: its part name, the kit's `af-` class (dropped in
 * unstyled mode), the class `appearance.classNames` gives the part, and the consumer's own
 * `className`.
 */
export function partProps(part: PartName, appearance: Appearance, className: string | undefined): PartProps {
  const attribute = partAttribute(part);
  const classes = [
    appearance.unstyled ? undefined : `af-${attribute}`,
    appearance.classNames?.[part],
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return { 'data-af-part': attribute, className: classes || undefined };
}
