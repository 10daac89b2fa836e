import { useCallback, useState } from 'react';

type MfaStatus = 'enabled' | 'disabled' | 'unknown';

const keyFor = (email: string) => `notes-demo:mfa:${email}`;

function readStatus(email: string): MfaStatus {
  try {
    const stored = window.localStorage.getItem(keyFor(email));
    return stored === 'enabled' || stored === 'disabled' ? stored : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * AuthFlow has no route that says whether 2FA is on, so the demo remembers what it saw happen
 * in this browser; until then the screen offers both setting up and turning off.
 */
export function useMfaStatus(email: string): [MfaStatus, (status: Exclude<MfaStatus, 'unknown'>) => void] {
  const [status, setStatus] = useState(() => readStatus(email));
  const remember = useCallback(
    (next: Exclude<MfaStatus, 'unknown'>) => {
      setStatus(next);
      try {
        window.localStorage.setItem(keyFor(email), next);
      } catch {
        // Without storage the status is known for this visit only.
      }
    },
    [email],
  );
  return [status, remember];
}
