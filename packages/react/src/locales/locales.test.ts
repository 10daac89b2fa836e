import { enUS, mergeLocalization } from '@authflow-ui/ui';
import { describe, expect, it } from 'vitest';
import { translatedPacks } from '../test-support/locale-packs.js';
import { arSA } from './ar-sa.js';
import { deDE } from './de-de.js';
import { frFR } from './fr-fr.js';
import { heIL } from './he-il.js';
import { jaJP } from './ja-jp.js';
import { plPL } from './pl-pl.js';
import { ukUA } from './uk-ua.js';

describe('given the shipped locale packs', () => {
  it('each carries its own canonical tag, and only Arabic and Hebrew read right to left', () => {
    const tags = translatedPacks.map((pack) => pack.locale.tag);
    expect(new Set(tags).size).toBe(14);
    for (const pack of translatedPacks) {
      expect(Intl.getCanonicalLocales(pack.locale.tag)).toEqual([pack.locale.tag]);
      expect(pack.locale.direction).toBe(['ar-SA', 'he-IL'].includes(pack.locale.tag) ? 'rtl' : 'ltr');
    }
  });

  it.each(translatedPacks.map((pack) => [pack.locale.tag, pack] as const))(
    '%s translates every error message and sentence',
    (_tag, pack) => {
      for (const [code, message] of Object.entries(pack.errors)) {
        expect(message, code).not.toBe(enUS.errors[code as keyof typeof enUS.errors]);
        expect(message.trim(), code).not.toBe('');
      }
      for (const section of ['signIn', 'mfaChallenge', 'recoveryCodes', 'mfaSetup'] as const) {
        for (const [key, text] of Object.entries(pack[section])) {
          if (typeof text === 'string')
            expect(text, `${section}.${key}`).not.toBe(enUS[section][key as never]);
        }
      }
    },
  );
});

describe('given counts', () => {
  it('Arabic takes each of its six plural forms for the codes left', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((remaining) => arSA.userButton.lowCodes({ remaining }));
    expect(new Set(forms).size).toBe(6);
    expect(forms[1]).toBe('تبقّى لديك رمز استرداد واحد');
    expect(forms[2]).toBe('تبقّى لديك رمزا استرداد');
    expect(forms[3]).toBe('تبقّى لديك ٣ رموز استرداد');
    expect(forms[4]).toBe('تبقّى لديك ١١ رمز استرداد');
  });

  it('Polish and Ukrainian pick one, few and many as their grammar asks', () => {
    expect([1, 2, 5, 22, 25].map((remaining) => plPL.userButton.lowCodes({ remaining }))).toEqual([
      'Został Ci 1 kod zapasowy',
      'Zostały Ci 2 kody zapasowe',
      'Zostało Ci 5 kodów zapasowych',
      'Zostały Ci 22 kody zapasowe',
      'Zostało Ci 25 kodów zapasowych',
    ]);
    expect([1, 3, 11, 21].map((remaining) => ukUA.userButton.lowCodes({ remaining }))).toEqual([
      'Залишився 1 код відновлення',
      'Залишилося 3 коди відновлення',
      'Залишилося 11 кодів відновлення',
      'Залишився 21 код відновлення',
    ]);
  });

  it('counts down in the language, digits and plural of the locale', () => {
    expect(arSA.common.rateLimitedCountdown({ seconds: 12 })).toBe('يمكنك المحاولة مرة أخرى خلال ١٢ ثانية.');
    expect(deDE.common.rateLimitedCountdown({ seconds: 1 })).toBe(
      'Sie können es in 1 Sekunde erneut versuchen.',
    );
    expect(deDE.common.rateLimitedCountdown({ seconds: 12 })).toBe(
      'Sie können es in 12 Sekunden erneut versuchen.',
    );
    expect(jaJP.common.rateLimitedCountdown({ seconds: 12 })).toBe('12 秒後にもう一度お試しいただけます。');
    expect(frFR.userButton.lowCodes({ remaining: 1_000_000 })).toBe(
      '1\u202f000\u202f000 de codes de récupération restants',
    );
  });

  it('keeps enUS word for word', () => {
    expect(enUS.common.rateLimitedCountdown({ seconds: 1 })).toBe('You can try again in 1 second.');
    expect(enUS.userButton.lowCodes({ remaining: 2 })).toBe('2 recovery codes left');
  });
});

describe('given an email address inside a right-to-left sentence', () => {
  it('isolates it as left to right, so its characters and the full stop stay in place', () => {
    for (const pack of [arSA, heIL]) {
      expect(pack.mfaChallenge.emailSubtitle({ email: 'mira@example.com' })).toContain(
        '\u2066mira@example.com\u2069',
      );
    }
  });
});

describe('given a locale pack with overrides of the app', () => {
  it('replaces only the named texts and keeps the language and direction', () => {
    const localization = mergeLocalization({ signIn: { title: 'دخول الأعضاء' } }, arSA);
    expect(localization.signIn.title).toBe('دخول الأعضاء');
    expect(localization.signIn.submit).toBe(arSA.signIn.submit);
    expect(localization.locale).toEqual({ tag: 'ar-SA', direction: 'rtl' });
  });
});
