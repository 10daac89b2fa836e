import type { PartName } from '@authflow-ui/ui';
import { partAttribute } from '@authflow-ui/ui';
import { useAuthContext } from '../provider/auth-context.js';

export interface PartProps {
  'data-af-part': string;
  className: string | undefined;
}

/**
 * The attributes every rendered element carries: its part name, the kit's `af-` class
 * (dropped in unstyled mode), the class `appearance.classNames` gives the part, and the
 * consumer's own `className`.
 */
export function usePartProps(part: PartName, className: string | undefined): PartProps {
  const { appearance } = useAuthContext();
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
