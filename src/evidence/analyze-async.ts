/**
 * analyzeEvidenceAsync: big pastes go to a module Web Worker so typing stays smooth; small ones
 * (and environments without Worker, such as jsdom tests) are analysed inline. Never rejects.
 */
import { analysedPart } from './cap.ts';
import { analyzeEvidence } from './index.ts';
import { locale } from '../words/locale';
import type { AnyFinding } from './types.ts';

/** Texts at least this long (in characters) are analysed in a worker when one is available. */
export const WORKER_THRESHOLD = 200_000;

function analyzeInline(text: string): Promise<AnyFinding[]> {
  return Promise.resolve(analyzeEvidence(text));
}

/** Analyses the first MAX_ANALYSED_CHARS of `raw` (see cap.ts). */
export function analyzeEvidenceAsync(raw: string): Promise<AnyFinding[]> {
  const text = typeof raw === 'string' ? analysedPart(raw) : '';
  if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
    return analyzeInline(text);
  }
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return analyzeInline(text);
  }
  return new Promise<AnyFinding[]>((resolve) => {
    const finish = (findings: AnyFinding[] | null) => {
      worker.terminate();
      resolve(findings ?? analyzeEvidence(text));
    };
    worker.onmessage = (e: MessageEvent<AnyFinding[]>) => finish(Array.isArray(e.data) ? e.data : null);
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      finish(null);
    };
    worker.onmessageerror = () => finish(null);
    // The worker's address carries no ?lang: it is told the page's language.
    worker.postMessage({ text, locale: locale() });
  });
}
