import type { AuthLocalization } from '@authflow-ui/ui';
import { mergeSection } from '@authflow-ui/ui';
import { useMemo } from 'react';
import { useAuthContext } from '../provider/auth-context.js';

function mergeInto<Name extends keyof AuthLocalization>(
  target: Partial<AuthLocalization>,
  name: Name,
  base: AuthLocalization[Name],
  override: Partial<AuthLocalization[Name]> | undefined,
): void {
  target[name] = mergeSection(base, override);
}

/**
 * The texts of the given sections, with the provider's `localization` overrides applied.
 * Each screen passes the English defaults of just the sections it shows (a module-level
 * constant), so a bundle carries only the words of the screens it uses.
 */
export function useLocalization<Name extends keyof AuthLocalization>(
  defaults: Pick<AuthLocalization, Name>,
): Pick<AuthLocalization, Name> {
  const { localizationOverrides } = useAuthContext();
  return useMemo(() => {
    const merged: Partial<AuthLocalization> = {};
    for (const name of Object.keys(defaults) as Name[]) {
      mergeInto(merged, name, defaults[name], localizationOverrides[name]);
    }
    // Every key of `defaults` was just assigned, so `merged` holds exactly `Name`'s sections.
    return merged as Pick<AuthLocalization, Name>;
  }, [defaults, localizationOverrides]);
}
