/**
 * How much of a paste is analysed: the first 5 MB (in characters). A 50 MB paste would keep the
 * analyzers busy for seconds; the evidence that matters is never that long. Pure.
 */
export const MAX_ANALYSED_CHARS = 5 * 1024 * 1024;

/**
 * At most this many findings of one kind are returned (a paste of 10,000 events helps no one). Analyzers
 * that find findings in paste order stop building them past it: the rest would be dropped.
 */
export const MAX_FINDINGS_PER_KIND = 100;

/** The part of `text` that is analysed. */
export function analysedPart(text: string): string {
  return text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
}

const mb = (chars: number) => `${(chars / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

/** A paste over the cap: its size and the cap, for the paste boxes' words (`paste.cap`); undefined when it is not. */
export function capSizes(length: number): { size: string; cap: string } | undefined {
  if (length <= MAX_ANALYSED_CHARS) return undefined;
  return { size: mb(length), cap: mb(MAX_ANALYSED_CHARS) };
}
