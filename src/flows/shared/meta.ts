/** A flow's catalog entry from its meta.yaml, its words in the current language (search words stay as written). */
import { localize } from '../../words/locale';
import type { MetaWords } from '../../words/schema';
import type { FlowId } from '../ids';
import type { FlowMeta } from './types';

export function metaFrom(words: unknown): FlowMeta {
  const m = words as MetaWords;
  return {
    ...m,
    id: m.id as FlowId,
    title: localize(m.title),
    symptom: localize(m.symptom),
    appliesTo: m.appliesTo.map(localize),
    tellsApart: m.tellsApart === undefined ? undefined : localize(m.tellsApart),
    keywords: m.keywords ?? [],
  };
}
