import type { ColorMode } from '@authflow-ui/react';
import { useEffect, useState } from 'react';

const storageKey = 'notes-demo:color-mode';

export function isColorMode(value: string | null): value is ColorMode {
  return value === 'light' || value === 'dark' || value === 'system';
}

function readStoredMode(): ColorMode {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isColorMode(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

export interface ColorModeSetting {
  value: ColorMode;
  set: (mode: ColorMode) => void;
}

/** The theme the person picked, remembered across visits; `system` follows the OS. */
export function useColorMode(): ColorModeSetting {
  const [value, setValue] = useState(readStoredMode);
  useEffect(() => {
    document.documentElement.dataset.colorMode = value;
    try {
      window.localStorage.setItem(storageKey, value);
    } catch {
      // Storage may be off (private windows); the choice then lasts for this visit only.
    }
  }, [value]);
  return { value, set: setValue };
}
