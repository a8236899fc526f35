import { t } from '../../words/messages';
const two = (n: number) => String(n).padStart(2, '0');

/**
 * Local date and time for screens and reports, ISO 8601 style ("2025-03-04 09:05"): the same in every language,
 * unambiguous in a ticket, and cheap. The first Intl.DateTimeFormat a page makes loads the browser's calendar data,
 * a 30–40 ms task (150 ms on a slow phone) that the flow page's start and first answer would otherwise pay.
 */
export function localTime(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return t('report.unknownTime');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
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
