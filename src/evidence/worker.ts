/// <reference lib="webworker" />
/**
 * Module Web Worker: analyses a paste off the main thread.
 * Receives the text, posts back AnyFinding[] (plain data, structured-clone safe).
 */
import { analyzeEvidence } from './index.ts';

self.onmessage = (e: MessageEvent<unknown>) => {
  const text = typeof e.data === 'string' ? e.data : '';
  self.postMessage(analyzeEvidence(text));
};
