import type { AuthLocalization } from '@authflow-ui/react';
import { useEffect, useState } from 'react';

const storageKey = 'notes-demo:locale';

/**
 * The languages of the picker, each titled in its own language. Each pack is its own entry point
 * (`@authflow-ui/react/locales/<tag>`), loaded only when picked; American English is built in.
 */
const locales = {
  'en-US': { title: 'English (US)', load: null },
  'ar-SA': { title: 'العربية', load: () => import('@authflow-ui/react/locales/ar-sa').then((m) => m.arSA) },
  'de-DE': { title: 'Deutsch', load: () => import('@authflow-ui/react/locales/de-de').then((m) => m.deDE) },
  'es-ES': { title: 'Español', load: () => import('@authflow-ui/react/locales/es-es').then((m) => m.esES) },
  'fr-FR': { title: 'Français', load: () => import('@authflow-ui/react/locales/fr-fr').then((m) => m.frFR) },
  'he-IL': { title: 'עברית', load: () => import('@authflow-ui/react/locales/he-il').then((m) => m.heIL) },
  'it-IT': { title: 'Italiano', load: () => import('@authflow-ui/react/locales/it-it').then((m) => m.itIT) },
  'ja-JP': { title: '日本語', load: () => import('@authflow-ui/react/locales/ja-jp').then((m) => m.jaJP) },
  'ko-KR': { title: '한국어', load: () => import('@authflow-ui/react/locales/ko-kr').then((m) => m.koKR) },
  'nl-NL': {
    title: 'Nederlands',
    load: () => import('@authflow-ui/react/locales/nl-nl').then((m) => m.nlNL),
  },
  'pl-PL': { title: 'Polski', load: () => import('@authflow-ui/react/locales/pl-pl').then((m) => m.plPL) },
  'pt-BR': {
    title: 'Português (Brasil)',
    load: () => import('@authflow-ui/react/locales/pt-br').then((m) => m.ptBR),
  },
  'tr-TR': { title: 'Türkçe', load: () => import('@authflow-ui/react/locales/tr-tr').then((m) => m.trTR) },
  'uk-UA': {
    title: 'Українська',
    load: () => import('@authflow-ui/react/locales/uk-ua').then((m) => m.ukUA),
  },
  'zh-CN': { title: '简体中文', load: () => import('@authflow-ui/react/locales/zh-cn').then((m) => m.zhCN) },
} satisfies Record<string, { title: string; load: (() => Promise<AuthLocalization>) | null }>;

export type LocaleTag = keyof typeof locales;

export const localeOptions = Object.entries(locales).map(([tag, { title }]) => ({ tag, title }));

export function isLocaleTag(value: string | null): value is LocaleTag {
  return value !== null && Object.hasOwn(locales, value);
}

function readStoredTag(): LocaleTag {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocaleTag(stored) ? stored : 'en-US';
  } catch {
    return 'en-US';
  }
}

export interface LocaleSetting {
  tag: LocaleTag;
  set: (tag: LocaleTag) => void;
  /** The picked pack once loaded; `undefined` for American English (the kit's default). */
  localization: AuthLocalization | undefined;
}

/** The language the person picked for the kit's screens, remembered across visits. */
export function useLocale(): LocaleSetting {
  const [tag, setTag] = useState(readStoredTag);
  const [loaded, setLoaded] = useState<{ tag: LocaleTag; pack: AuthLocalization } | null>(null);
  useEffect(() => {
    try {
      window.localStorage.setItem(storageKey, tag);
    } catch {
      // Storage may be off (private windows); the choice then lasts for this visit only.
    }
    const load = locales[tag].load;
    if (!load) return;
    let current = true;
    load().then(
      (pack) => {
        if (current) setLoaded({ tag, pack });
      },
      () => {
        // A chunk that fails to load (offline) leaves the screens in their current language.
      },
    );
    return () => {
      current = false;
    };
  }, [tag]);
  return { tag, set: setTag, localization: loaded?.tag === tag ? loaded.pack : undefined };
}
