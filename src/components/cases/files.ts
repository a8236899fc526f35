import { t } from '../../words/messages';
// toLocaleString with options builds a new formatter on every call (about a millisecond); one is made once and kept.
let formatter: Intl.DateTimeFormat | undefined;

/** Local date and time for screens ("4 Mar 2025, 09:05"). */
export function localTime(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return t('report.unknownTime');
  formatter ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return formatter.format(d);
}

/** Saves text as a file through the browser's download. Returns false when the browser can't. */
export function downloadText(fileName: string, text: string, type = 'text/plain'): boolean {
  if (typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/** Copies text to the clipboard; false when the browser refuses (e.g. no permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A file-name-safe stamp like 2025-03-04. */
export function dayStamp(ms = Date.now()): string {
  return new Date(ms).toISOString().slice(0, 10);
}
