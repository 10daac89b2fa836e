/**
 * The words of a count in the forms `Intl.PluralRules` names for the locale; `other` is the form
 * every language has, and the one used for a category a translation leaves out.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface LocaleFormatters {
  /** `value` in the locale's digits and grouping. */
  number: (value: number) => string;
  /** The form `count` takes in the locale, with each `#` replaced by the formatted number. */
  plural: (count: number, forms: PluralForms) => string;
  /** A time from now in the locale's words, plural included: "in 12 seconds", "خلال ١٢ ثانية". */
  inSeconds: (seconds: number) => string;
  /** A short duration for a button label: "12 s", "١٢ ث". */
  seconds: (seconds: number) => string;
  /**
   * How long before `now` the moment `then` was (epoch milliseconds) in the locale's words, in
   * minutes, hours or days ("5 minutes ago", "yesterday"); `null` under a minute, which a
   * translation words as "now".
   */
  ago: (then: number, now: number) => string | null;
  /**
   * `text` isolated as left to right, so an email address inside a right-to-left sentence keeps
   * its order and does not pull the punctuation around it across.
   */
  leftToRight: (text: string) => string;
}

const LEFT_TO_RIGHT_ISOLATE = '\u2066';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * The number, plural and time formatting of one locale pack. The `Intl` objects are made on first
 * use, so importing a pack costs nothing until a screen shows a count.
 */
export function localeFormatters(tag: string): LocaleFormatters {
  let numbers: Intl.NumberFormat | undefined;
  let plurals: Intl.PluralRules | undefined;
  let relative: Intl.RelativeTimeFormat | undefined;
  let durations: Intl.NumberFormat | undefined;
  let since: Intl.RelativeTimeFormat | undefined;
  const number = (value: number) => {
    numbers ??= new Intl.NumberFormat(tag);
    return numbers.format(value);
  };
  return {
    number,
    plural: (count, forms) => {
      plurals ??= new Intl.PluralRules(tag);
      const form = forms[plurals.select(count)] ?? forms.other;
      return form.replaceAll('#', number(count));
    },
    inSeconds: (seconds) => {
      relative ??= new Intl.RelativeTimeFormat(tag, { numeric: 'always' });
      return relative.format(seconds, 'second');
    },
    seconds: (seconds) => {
      durations ??= new Intl.NumberFormat(tag, { style: 'unit', unit: 'second', unitDisplay: 'short' });
      return durations.format(seconds);
    },
    ago: (then, now) => {
      since ??= new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
      const minutes = Math.round((then - now) / 60_000);
      if (minutes > -1) return null;
      if (minutes > -60) return since.format(minutes, 'minute');
      const hours = Math.round(minutes / 60);
      if (hours > -24) return since.format(hours, 'hour');
      return since.format(Math.round(hours / 24), 'day');
    },
    leftToRight: (text) => `${LEFT_TO_RIGHT_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`,
  };
}
