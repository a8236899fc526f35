/// <reference lib="webworker" />
/**
 * Module Web Worker: analyses a paste off the main thread.
 * Receives the text and the page's language ({text, locale}; a bare string is read as English), posts back
 * AnyFinding[] (plain data, structured-clone safe) with the summaries and rows in that language.
 */
import { setLocale, type Locale } from '../words/locale';
import { analyzeEvidence } from './index.ts';

self.onmessage = (e: MessageEvent<unknown>) => {
  const data = e.data as { text?: unknown; locale?: Locale } | string;
  const text = typeof data === 'string' ? data : typeof data?.text === 'string' ? data.text : '';
  if (typeof data === 'object' && data && (data.locale === 'pseudo' || data.locale === 'en')) setLocale(data.locale);
  self.postMessage(analyzeEvidence(text));
};
