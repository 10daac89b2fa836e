/** Longest passkey name the mock keeps, in UTF-16 units: enough for "Work laptop (Chrome)". */
export const MAX_PASSKEY_NAME_LENGTH = 64;

export type PasskeyNameCheck = { status: 'accepted'; name: string } | { status: 'rejected' };

/** A name as given, trimmed; an empty or overlong one is refused rather than cut. */
export function checkPasskeyName(name: string): PasskeyNameCheck {
  const trimmed = name.trim();
  return trimmed === '' || trimmed.length > MAX_PASSKEY_NAME_LENGTH
    ? { status: 'rejected' }
    : { status: 'accepted', name: trimmed };
}
