/**
 * The contract's password rule, verbatim. It is quirky, and the kit must never block a
 * password the server accepts, so the check runs this exact source with plain
 * `new RegExp(source)` semantics (no flags: `.` stops at line breaks, lengths count UTF-16
 * units, so an emoji counts as two).
 */
export const PASSWORD_PATTERN_SOURCE =
  '^(?:(?=(.*[A-Z]))|(?:.*[a-z]))(?=(.*[0-9]))(?=(.*[!@#$%^&*-])).{8,32}$';

const passwordPattern = new RegExp(PASSWORD_PATTERN_SOURCE);
const lineTerminator = /[\n\r\u2028\u2029]/;

/**
 * Longer input is reduced before the regex sees it, because the regex backtracks
 * quadratically and a 100,000-character paste would freeze the page.
 */
export const PASSWORD_EVALUATION_CAP = 256;

/**
 * The last 33 units decide a long password: past 32 units the uppercase branch cannot match,
 * and the lowercase branch needs a lowercase letter followed by 8 to 32 units, which must lie
 * in the last 33. Anything earlier matters only if it holds a line break, which `.` rejects.
 */
const DECIDING_TAIL = 33;

/** Whether the server's password regex accepts `password`. */
export function isPasswordAccepted(password: string): boolean {
  if (password.length <= PASSWORD_EVALUATION_CAP) return passwordPattern.test(password);
  if (lineTerminator.test(password)) return false;
  return passwordPattern.test(password.slice(-DECIDING_TAIL));
}

export type PasswordRequirement = 'length' | 'letter' | 'number' | 'symbol';

export const passwordRequirements: readonly PasswordRequirement[] = ['length', 'letter', 'number', 'symbol'];

/** The symbols the rule counts, in the order the hint lists them. */
export const PASSWORD_SYMBOLS = '!@#$%^&*-';

export interface PasswordCheck {
  /** The server's verdict: the only thing that gates a form. */
  accepted: boolean;
  /** A plain-language checklist; every item is met whenever `accepted` is true. */
  requirements: Record<PasswordRequirement, boolean>;
}

const hasDigit = /[0-9]/;
const hasSymbol = /[!@#$%^&*-]/;
const hasUppercase = /[A-Z]/;

function hasLowercaseFollowedByEight(password: string): boolean {
  for (let index = password.length - 9; index >= 0; index -= 1) {
    const unit = password.charCodeAt(index);
    if (unit >= 97 && unit <= 122) return true;
  }
  return false;
}

/**
 * Checks a password against the contract rule. The checklist explains the rule simply
 * ("8 or more characters, a capital letter, a number and a symbol" is always enough) and
 * never marks an item unmet on a password the server accepts.
 */
export function checkPassword(password: string): PasswordCheck {
  const accepted = isPasswordAccepted(password);
  if (accepted) {
    return { accepted, requirements: { length: true, letter: true, number: true, symbol: true } };
  }
  return {
    accepted,
    requirements: {
      length: password.length >= 8,
      letter: hasUppercase.test(password) || hasLowercaseFollowedByEight(password),
      number: hasDigit.test(password),
      symbol: hasSymbol.test(password),
    },
  };
}
