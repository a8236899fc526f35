/**
 * The AD FS 2019 `ugs` scope fix: identifiers, commands and the AD FS version rule. Pure.
 */
import { formatBuild, parseBuild } from '../../evidence/build-numbers';
import { psLiteral } from '../shared/quote';
import { isGuid } from '../shared/values';

/** The device registration client that asks AD FS for the ugs scope. */
export const DRS_CLIENT_ID = '38aa3b87-a06d-4817-b275-7a316988d93b';
export const SELFSCOPE = 'http://schemas.microsoft.com/ws/2009/12/identityserver/selfscope';
export const UGS = 'ugs';
export const OBJECT_ID_PLACEHOLDER = '<ObjectIdentifier>';

/** Prints the ObjectIdentifier of the application permission to change. */
export const GET_OBJECT_ID = `(Get-AdfsApplicationPermission -ServerRoleIdentifiers '${SELFSCOPE}' | ?{ $_.ClientRoleIdentifier -eq '${DRS_CLIENT_ID}' }).ObjectIdentifier`;

/** Shows the permission's scopes, to confirm ugs is there after the change. */
export const SHOW_PERMISSION = `Get-AdfsApplicationPermission -ServerRoleIdentifiers '${SELFSCOPE}' | ?{ $_.ClientRoleIdentifier -eq '${DRS_CLIENT_ID}' } | Format-List ObjectIdentifier, ClientRoleIdentifier, ScopeNames`;

export const RESTART_ADFS = 'Restart-Service adfssrv';

export const UDR_EVENTS_QUERY =
  "Get-WinEvent -LogName 'Microsoft-Windows-User Device Registration/Admin' -FilterXPath '*[System[(EventID=358 or EventID=360 or EventID=362)]]' -MaxEvents 3 | Format-List TimeCreated, Id, Message";

export const ADFS_1021_QUERY = "Get-WinEvent -LogName 'AD FS/Admin' -FilterXPath '*[System[EventID=1021]]' -MaxEvents 5 | Format-List TimeCreated, Id, Message";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const GUID_IN_TEXT = /\{?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b\}?/gi;

/**
 * The ObjectIdentifier as typed or pasted, lowercased: a bare GUID (optionally in quotes or braces), or the
 * output of the step's own command (PowerShell prints a Guid as "Guid / ---- / <guid>"), with or without the
 * prompt and command line pasted along, or Format-List output ("ObjectIdentifier : <guid>").
 * undefined when there is none, or only the client's id (38aa3b87-…) rather than the permission's, or two different ones.
 */
export function objectIdentifierOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const v = raw.trim().replace(/^["']|["']$/g, '').replace(/^\{|\}$/g, '').trim().toLowerCase();
  if (GUID.test(v)) return v === DRS_CLIENT_ID ? undefined : v;
  const found = new Set<string>();
  for (const line of raw.slice(0, 20_000).split(/\r?\n/)) {
    // The command line itself and the client id's own line name the client, not the permission.
    if (/Get-AdfsApplicationPermission|ClientRoleIdentifier/i.test(line)) continue;
    for (const m of line.matchAll(GUID_IN_TEXT)) {
      const g = m[1].toLowerCase();
      if (g !== DRS_CLIENT_ID) found.add(g);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Step 6: adds the ugs scope to the permission; the placeholder stays when the identifier isn't known. */
export function setPermissionCommand(objectId: string | undefined): string {
  const id = objectId && isGuid(objectId) ? psLiteral(objectId) : OBJECT_ID_PLACEHOLDER;
  return `Set-AdfsApplicationPermission -TargetIdentifier ${id} -AddScope ${psLiteral(UGS)}`;
}

export type AdfsOs = 'ws2019' | 'newer' | 'older';

/**
 * Which Windows Server the AD FS server runs, from a build: 17763 is Windows Server 2019 (and
 * version 1809), which has the bug; 18362 (version 1903) and later have the fix; anything
 * earlier is not affected by this issue. The build comes back as 17763.5696 (or 17763 without
 * its revision). undefined when no build can be read.
 */
export function readAdfsBuild(text: unknown): { os: AdfsOs; build: string } | undefined {
  if (typeof text !== 'string') return undefined;
  // Try each number in turn, so "Windows Server 2019 (17763.1879)" reads 17763, not 2019.
  for (const token of text.slice(0, 500).match(/\d+(?:\.\d+)*/g) ?? []) {
    const b = parseBuild(token);
    // 9200 / 9600: Windows Server 2012 / 2012 R2; 10000–29999: Windows 10 era builds.
    if (!b || !(b.major === 9200 || b.major === 9600 || (b.major >= 10000 && b.major < 30000))) continue;
    const os: AdfsOs = b.major === 17763 ? 'ws2019' : b.major >= 18362 ? 'newer' : 'older';
    return { os, build: formatBuild(b.major, b.revision) };
  }
  return undefined;
}

/** Just the release, see readAdfsBuild. */
export function adfsOsOf(text: unknown): AdfsOs | undefined {
  return readAdfsBuild(text)?.os;
}
