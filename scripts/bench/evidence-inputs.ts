/**
 * The evidence benchmark's inputs (scripts/bench-evidence.ts), shared with
 * tests/evidence/findings-unchanged.test.ts so the findings on them are checked too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_BYTES = 5 * 1024 * 1024;

const here = dirname(fileURLToPath(import.meta.url));
const fixtureDir = join(here, '..', '..', 'src', 'evidence', 'fixtures');

/** Every fixture of src/evidence/fixtures, by file name, in name order. */
export function evidenceFixtures(): { name: string; text: string }[] {
  return readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(fixtureDir, name), 'utf8') }));
}

/** Lines that look like what else gets pasted: trace rows, event-log CSV, PowerShell output. */
function filler(i: number): string {
  const ip = `10.20.${i % 250}.${(i * 7) % 250}`;
  switch (i % 6) {
    case 0:
      return `   ${1000 + i} ${(i / 100).toFixed(6)}      ${ip}      10.20.0.11      LDAP     ${200 + (i % 900)}   searchRequest(${i}) "<ROOT>" baseObject`;
    case 1:
      return `Information,5/14/2024 9:${String(i % 60).padStart(2, '0')}:11 AM,Microsoft-Windows-Security-Auditing,4624,Logon,"An account was successfully logged on."`;
    case 2:
      return `SamAccountName         : user${i}`;
    case 3:
      return `    Kerberos: TGS-REQ realm AD.CONTOSO.COM sname HTTP/web${i % 40}.ad.contoso.com etype 18`;
    case 4:
      return `2024-05-14T09:03:${String(i % 60).padStart(2, '0')}.${i % 1000}Z [INFO] sync cycle ${i}: 0 errors, ${i % 17} objects exported`;
    default:
      return `DistinguishedName      : CN=User ${i},OU=Staff,DC=ad,DC=contoso,DC=com`;
  }
}

/** ~5 MB: about a quarter evidence (every fixture in turn), the rest noise; some parts CRLF or entity-encoded. */
export function buildMixedPaste(): string {
  const fixtures = evidenceFixtures().map((f) => f.text);
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < TARGET_BYTES) {
    let chunk = fixtures[i % fixtures.length]!;
    if (i % 5 === 1) chunk = chunk.replace(/\n/g, '\r\n');
    if (i % 7 === 2) chunk = chunk.replace(/'/g, '&#39;').replace(/ {2}/g, '&nbsp; ');
    const noise: string[] = [];
    for (let k = 0; k < 40; k++) noise.push(filler(i * 40 + k));
    const piece = `${chunk}\n\n${noise.join('\n')}\n\n`;
    parts.push(piece);
    size += piece.length;
    i++;
  }
  return parts.join('').slice(0, TARGET_BYTES);
}

/** ~5 MB of log and trace noise with one copy of each fixture spread through it. */
export function buildLogDump(): string {
  const fixtures = evidenceFixtures().map((f) => f.text);
  const lines: string[] = [];
  let size = 0;
  let i = 0;
  const every = Math.floor(TARGET_BYTES / 80 / (fixtures.length + 1));
  let f = 0;
  while (size < TARGET_BYTES) {
    const line = i > 0 && i % every === 0 && f < fixtures.length ? `\n${fixtures[f++]!}\n` : filler(i);
    lines.push(line);
    size += line.length + 1;
    i++;
  }
  return lines.join('\n').slice(0, TARGET_BYTES);
}
