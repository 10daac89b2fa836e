import { type PartName, type PartProps, partProps } from '@authflow-ui/ui';
import { useAuthContext } from '../provider/auth-context.js';

/** The attributes a part carries under the provider's `appearance` (see `partProps`). */
export function usePartProps(part: PartName, className: string | undefined): PartProps {
  const { appearance } = useAuthContext();
  return partProps(part, appearance, className);
}
