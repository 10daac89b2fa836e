import { arSA } from '../locales/ar-sa.js';
import { deDE } from '../locales/de-de.js';
import { esES } from '../locales/es-es.js';
import { frFR } from '../locales/fr-fr.js';
import { heIL } from '../locales/he-il.js';
import { itIT } from '../locales/it-it.js';
import { jaJP } from '../locales/ja-jp.js';
import { koKR } from '../locales/ko-kr.js';
import { nlNL } from '../locales/nl-nl.js';
import { plPL } from '../locales/pl-pl.js';
import { ptBR } from '../locales/pt-br.js';
import { trTR } from '../locales/tr-tr.js';
import { ukUA } from '../locales/uk-ua.js';
import { zhCN } from '../locales/zh-cn.js';

/** Every shipped translation (all but `enUS`), for tests that run once per language. */
export const translatedPacks = [
  arSA,
  deDE,
  esES,
  frFR,
  heIL,
  itIT,
  jaJP,
  koKR,
  nlNL,
  plPL,
  ptBR,
  trTR,
  ukUA,
  zhCN,
] as const;
