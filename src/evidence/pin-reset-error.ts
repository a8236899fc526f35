/**
 * The PIN reset (web sign-in) error screen: "We can't open that page right now" followed by the
 * URL it was refused. The host names tell which domains ConfigureWebSignInAllowedUrls needs.
 */
import { hostFromUrl, isValidHostName } from './hosts.ts';
import { linesWith, type Doc, type Located } from './text.ts';
import type { Finding } from './types.ts';
import { say } from './say.ts';

/** The screen's sentence after normalisation (curly apostrophe made straight); opens with a rare character, so cheap to find. */
const MESSAGE = "'t open that page";
/** Lines after the message that may still hold the URL. */
const URL_WINDOW = 10;

/** Host names of http(s) URLs in a line, lowercased. */
export function hostsInLine(line: string, lower: string): string[] {
  const hosts: string[] = [];
  let at = lower.indexOf('http');
  while (at !== -1) {
    const scheme = lower.startsWith('https://', at) ? 8 : lower.startsWith('http://', at) ? 7 : 0;
    if (scheme > 0) {
      const host = hostFromUrl(line.slice(at, Math.min(line.length, at + scheme + 300)));
      if (isValidHostName(host) && !hosts.includes(host)) hosts.push(host);
    }
    at = lower.indexOf('http', at + 4);
  }
  return hosts;
}

export function analyzePinResetError(doc: Doc): Located<Finding<'pin-reset-error'>>[] {
  let first = -1;
  const hosts: string[] = [];
  let scanUntil = -1;
  const messages = linesWith(doc, MESSAGE, 1000);
  for (const m of messages) {
    if (first === -1) first = m;
    // The URL sits on the message line or the few lines after it.
    for (let i = Math.max(m, scanUntil + 1); i <= m + URL_WINDOW && i < doc.count; i++) {
      const l = doc.lowerLine(i);
      if (l.indexOf('http') === -1) continue;
      for (const h of hostsInLine(doc.line(i), l)) if (!hosts.includes(h) && hosts.length < 50) hosts.push(h);
    }
    scanUntil = m + URL_WINDOW;
  }
  if (first === -1) return [];
  const usGov = hosts.includes('login.microsoftonline.us');
  const summary =
    hosts.length > 0
      ? say('pinReset.summaryHosts', { hosts: hosts.join(', ') })
      : say('pinReset.summaryNoUrl');
  return [
    {
      at: first,
      finding: {
        kind: 'pin-reset-error',
        summary,
        facts: { hosts, sawMessage: true, ...(usGov ? { usGovCloud: true } : {}) },
        rows: [
          { label: say('pinReset.rowMessage'), value: say('pinReset.message'), mark: 'fail' },
          { label: say('pinReset.rowHost'), value: hosts.length > 0 ? hosts.join(', ') : say('pinReset.noUrl'), mark: hosts.length > 0 ? 'warn' : 'info' },
          ...(usGov ? [{ label: say('pinReset.rowCloud'), value: say('pinReset.usGov'), mark: 'info' as const }] : []),
        ],
      },
    },
  ];
}
