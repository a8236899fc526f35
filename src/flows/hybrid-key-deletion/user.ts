/** Reading "Which user is affected?": a typed name, or what whoami prints. Pure. */

const PROMPT = /^(PS\s+)?[A-Za-z]:\\[^>]*>/;
const UPN = /^[^\s@\\/"]+@[^\s@\\/"]+\.[^\s@\\/"]+$/;
const DOMAIN_USER = /^[^\s\\/"]+\\[^\s\\/"@]+$/;
const SAM = /^[^\s"/\\[\]:;|=,+*?<>@]{1,104}$/;

/**
 * The user named in `raw`: a UPN (alexw@contoso.com), DOMAIN\name, or a sAMAccountName (alexw), typed or pasted
 * as `whoami`, `whoami /upn` or `whoami /user` output, with or without the prompt line. The last name printed wins.
 * undefined when no line reads as a user name.
 */
export function userFromPaste(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const lines = raw
    .slice(0, 10_000)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !PROMPT.test(l) && !/^whoami\b/i.test(l) && !/^[-=\s]+$/.test(l) && !/^(USER INFORMATION|User Name\s+SID)\b/i.test(l));
  for (let i = lines.length - 1; i >= 0; i--) {
    const token = lines[i].split(/\s+/)[0].replace(/^["']|["']$/g, '');
    if (UPN.test(token) || DOMAIN_USER.test(token) || SAM.test(token)) {
      // A sentence is not a name: a bare word must be the whole line (whoami /user adds only a SID after it).
      if (SAM.test(token) && !UPN.test(token) && lines[i] !== token && !/\sS-1-\d/.test(lines[i])) continue;
      return token;
    }
  }
  return undefined;
}
