/**
 * The toolbar's languages: every locale pack the kit ships, by its tag, titled in its own language.
 * Storybook imports them all; an app imports only the `@authflow-ui/react/locales/<tag>` it uses.
 */
import type { AuthLocalization } from '../packages/react/src/index.js';
import { enUS } from '../packages/react/src/index.js';
import { arSA } from '../packages/react/src/locales/ar-sa.js';
import { deDE } from '../packages/react/src/locales/de-de.js';
import { esES } from '../packages/react/src/locales/es-es.js';
import { frFR } from '../packages/react/src/locales/fr-fr.js';
import { heIL } from '../packages/react/src/locales/he-il.js';
import { itIT } from '../packages/react/src/locales/it-it.js';
import { jaJP } from '../packages/react/src/locales/ja-jp.js';
import { koKR } from '../packages/react/src/locales/ko-kr.js';
import { nlNL } from '../packages/react/src/locales/nl-nl.js';
import { plPL } from '../packages/react/src/locales/pl-pl.js';
import { ptBR } from '../packages/react/src/locales/pt-br.js';
import { trTR } from '../packages/react/src/locales/tr-tr.js';
import { ukUA } from '../packages/react/src/locales/uk-ua.js';
import { zhCN } from '../packages/react/src/locales/zh-cn.js';

const packs: { pack: AuthLocalization; title: string }[] = [
  { pack: enUS, title: 'English (US)' },
  { pack: arSA, title: 'العربية' },
  { pack: deDE, title: 'Deutsch' },
  { pack: esES, title: 'Español' },
  { pack: frFR, title: 'Français' },
  { pack: heIL, title: 'עברית' },
  { pack: itIT, title: 'Italiano' },
  { pack: jaJP, title: '日本語' },
  { pack: koKR, title: '한국어' },
  { pack: nlNL, title: 'Nederlands' },
  { pack: plPL, title: 'Polski' },
  { pack: ptBR, title: 'Português (Brasil)' },
  { pack: trTR, title: 'Türkçe' },
  { pack: ukUA, title: 'Українська' },
  { pack: zhCN, title: '简体中文' },
];

export const localeToolbarItems = packs.map(({ pack, title }) => ({
  value: pack.locale.tag,
  title,
  right: pack.locale.tag,
}));

/** The pack of a toolbar value; `undefined` for American English, the kit's default. */
export function localePackOf(tag: unknown): AuthLocalization | undefined {
  if (tag === enUS.locale.tag) return undefined;
  return packs.find(({ pack }) => pack.locale.tag === tag)?.pack;
}
