import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { analyzeEvidence } from '../../src/evidence';
import { udrCheckLabel } from '../../src/evidence/udr-event';
import descriptor from '../../src/flows/adfs2019-ugs-scope';
import { GET_OBJECT_ID, adfsOsOf, objectIdentifierOf, readAdfsBuild, setPermissionCommand } from '../../src/flows/adfs2019-ugs-scope/commands';
import type { UgsContext } from '../../src/flows/adfs2019-ugs-scope/machine';
import { prefillEvents } from '../../src/flows/shared/prefill';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { ActionStep, EvidenceStep, OutcomeStep } from '../../src/flows/shared/types';

type Ev = EventObject & Record<string, unknown>;

const { machine, content } = descriptor;
const run = (events: Ev[]) => replay(machine, events);
const at = (events: Ev[]) => stateIdOf(run(events).snapshot);
const ctxOf = (events: Ev[]) => run(events).snapshot.context as UgsContext;
const evidence = (id: string) => content.steps[id] as EvidenceStep<UgsContext>;

const OBJECT_ID = '5a1c7e2f-93b4-4d08-a6f1-0e2b9c4d7f35';

const TO_1021: Ev[] = [{ type: 'ADFS_CERT' }, { type: 'STS_NO' }, { type: 'NOT_RECENT' }];
const TO_VERSION: Ev[] = [...TO_1021, { type: 'UGS_1021' }];
const TO_OBJECT_ID: Ev[] = [...TO_VERSION, { type: 'WS2019' }];

const EVENT_362 = (lines: { joined?: string; policy?: string; sts?: string }) => `Log Name:      Microsoft-Windows-User Device Registration/Admin
Source:        Microsoft-Windows-User Device Registration
Date:          2/6/2025 7:58:31 AM
Event ID:      362
Task Category: None
Level:         Warning
Keywords:
User:          S-1-5-21-3623811015-3361044348-30300820-1013
Computer:      WKS-2231.corp.fabrikam.com
Description:
Windows Hello for Business provisioning will not be launched.
Device is Azure Active Directory-joined ( AADJ or DJ++ ): ${lines.joined ?? 'Yes'}
User has logged on with Azure Active Directory credentials: Yes
Windows Hello for Business policy is enabled: ${lines.policy ?? 'Yes'}
Windows Hello for Business post-logon provisioning is enabled: Yes
Local computer meets Windows hello for business hardware requirements: Yes
User is not connected to the machine via Remote Desktop: Yes
User certificate for on premise auth policy is enabled: Yes
Enterprise user logon certificate enrollment endpoint is ready: Not Tested
Enterprise user logon certificate template is : No ( 1 : StateNoPolicy )
User has successfully authenticated to the enterprise STS: ${lines.sts ?? 'No'}
Certificate enrollment method: enrollment authority
See https://go.microsoft.com/fwlink/?linkid=832647 for more details.`;

const EVENT_1021 = (scope: string) => `Log Name:      AD FS/Admin
Source:        AD FS
Date:          2/6/2025 7:58:29 AM
Event ID:      1021
Task Category: None
Level:         Error
Keywords:      AD FS
User:          FABRIKAM\\gmsa-adfs$
Computer:      FS02.corp.fabrikam.com
Description:
Encountered error during OAuth token request.

Additional Data

Exception details:
Microsoft.IdentityServer.Web.Protocols.OAuth.Exceptions.OAuthUnauthorizedClientException: MSIS9368: Received invalid OAuth request. The client '38aa3b87-a06d-4817-b275-7a316988d93b' is forbidden to access the resource 'http://schemas.microsoft.com/ws/2009/12/identityserver/selfscope' with scope '${scope}'.
   at Microsoft.IdentityServer.Web.Protocols.OAuth.OAuthProtocolContext.ValidateScopes(String scopeParameter, String clientId, String relyingPartyId)
   at Microsoft.IdentityServer.Web.Protocols.OAuth.OAuthToken.OAuthJWTBearerRequestContext.ValidateCore()`;

describe('ugs scope commands', () => {
  it('prints the exact Get-AdfsApplicationPermission command', () => {
    expect(GET_OBJECT_ID).toBe(
      "(Get-AdfsApplicationPermission -ServerRoleIdentifiers 'http://schemas.microsoft.com/ws/2009/12/identityserver/selfscope' | ?{ $_.ClientRoleIdentifier -eq '38aa3b87-a06d-4817-b275-7a316988d93b' }).ObjectIdentifier",
    );
  });

  it('fills the ObjectIdentifier into Set-AdfsApplicationPermission, or keeps the placeholder', () => {
    expect(setPermissionCommand(OBJECT_ID)).toBe(`Set-AdfsApplicationPermission -TargetIdentifier '${OBJECT_ID}' -AddScope 'ugs'`);
    expect(setPermissionCommand(undefined)).toBe("Set-AdfsApplicationPermission -TargetIdentifier <ObjectIdentifier> -AddScope 'ugs'");
  });

  it('accepts a GUID-like ObjectIdentifier, in quotes or braces, and nothing else', () => {
    expect(objectIdentifierOf(OBJECT_ID)).toBe(OBJECT_ID);
    expect(objectIdentifierOf(`  {${OBJECT_ID.toUpperCase()}} `)).toBe(OBJECT_ID);
    expect(objectIdentifierOf(`'${OBJECT_ID}'`)).toBe(OBJECT_ID);
    expect(objectIdentifierOf('38aa3b87-a06d-4817-b275-7a316988d93b')).toBeUndefined(); // the client id, not the permission
    expect(objectIdentifierOf('ObjectIdentifier')).toBeUndefined();
    expect(objectIdentifierOf('5a1c7e2f-93b4-4d08-a6f1')).toBeUndefined();
    expect(objectIdentifierOf('')).toBeUndefined();
    expect(objectIdentifierOf(42)).toBeUndefined();
  });

  it('tells the AD FS release from a build: 2019 has the bug, 1903 and later the fix', () => {
    expect(adfsOsOf('10.0.17763.5696')).toBe('ws2019');
    expect(adfsOsOf('Microsoft Windows [Version 10.0.17763.1879]')).toBe('ws2019');
    expect(adfsOsOf('Windows Server 2019 (17763.316)')).toBe('ws2019');
    expect(adfsOsOf('18362.30')).toBe('newer');
    expect(adfsOsOf('20348.2461')).toBe('newer');
    expect(adfsOsOf('OS Build 26100.1742')).toBe('newer');
    expect(adfsOsOf('14393.4104')).toBe('older');
    expect(adfsOsOf('6.3.9600')).toBe('older');
    expect(adfsOsOf('2019')).toBeUndefined();
    expect(adfsOsOf('not a build')).toBeUndefined();
    expect(readAdfsBuild('Microsoft Windows [Version 10.0.17763.5696]')).toEqual({ os: 'ws2019', build: '17763.5696' });
    expect(readAdfsBuild('Windows Server 2022 (20348)')).toEqual({ os: 'newer', build: '20348' });
  });
});

describe('routes', () => {
  it('goes from event 362 through event 1021 and the version to the fix, filled with the identifier', () => {
    const events: Ev[] = [...TO_OBJECT_ID, { type: 'OBJECT_ID_ENTERED', values: { objectId: ` ${OBJECT_ID.toUpperCase()} ` } }];
    expect(at(events)).toBe('fixScope');
    const ctx = ctxOf(events);
    expect(ctx.objectId).toBe(OBJECT_ID);
    const step = content.steps.fixScope as ActionStep<UgsContext>;
    expect(step.steps).toHaveLength(8);
    expect(resolveText(step.steps[4].code!.code, ctx)).toBe(GET_OBJECT_ID);
    expect(resolveText(step.steps[5].code!.code, ctx)).toBe(`Set-AdfsApplicationPermission -TargetIdentifier '${OBJECT_ID}' -AddScope 'ugs'`);
    expect(resolveText(step.steps[6].code!.code, ctx)).toBe('Restart-Service adfssrv');
    expect(resolveText(step.steps[2].text, ctx)).toContain('ugs');
    expect(at([...events, { type: 'DONE' }, { type: 'PROMPTED' }])).toBe('outResolved');
    expect(at([...events, { type: 'DONE' }, { type: 'NO_PROMPT' }])).toBe('outEscalate');
  });

  it('keeps <ObjectIdentifier> when the technician skips, and rejects a wrong identifier', () => {
    const skipped = [...TO_OBJECT_ID, { type: 'SKIP' }];
    const step = content.steps.fixScope as ActionStep<UgsContext>;
    expect(resolveText(step.steps[5].code!.code, ctxOf(skipped))).toBe("Set-AdfsApplicationPermission -TargetIdentifier <ObjectIdentifier> -AddScope 'ugs'");
    expect(resolveText(step.body, ctxOf(skipped))).toContain('<ObjectIdentifier>');
    expect(run([...TO_OBJECT_ID, { type: 'OBJECT_ID_ENTERED', values: { objectId: '38aa3b87-a06d-4817-b275-7a316988d93b' } }]).rejectedAt).toBe(TO_OBJECT_ID.length);
    expect(run([...TO_OBJECT_ID, { type: 'OBJECT_ID_ENTERED', values: { objectId: 'ugs' } }]).rejectedAt).toBe(TO_OBJECT_ID.length);
  });

  it('goes back to the identifier when a command fails, and the new one replaces the old', () => {
    const first = [...TO_OBJECT_ID, { type: 'OBJECT_ID_ENTERED', values: { objectId: OBJECT_ID } }, { type: 'DONE' }, { type: 'COMMAND_FAILED' }];
    expect(at(first)).toBe('objectId');
    const other = 'b0c1d2e3-f405-4a6b-8c7d-9e0f1a2b3c4d';
    expect(ctxOf([...first, { type: 'OBJECT_ID_ENTERED', values: { objectId: other } }]).objectId).toBe(other);
    expect(ctxOf([...first, { type: 'SKIP' }]).objectId).toBe('');
  });

  it('offers waiting for a recently joined device, loops back to event 362, and moves on if it persists', () => {
    const toWait: Ev[] = [{ type: 'ADFS_CERT' }, { type: 'STS_NO' }, { type: 'RECENT' }];
    expect(at(toWait)).toBe('waitRecheck');
    expect(at([...toWait, { type: 'STARTED' }])).toBe('outResolvedAfterWait');
    expect(at([...toWait, { type: 'STILL_NO' }])).toBe('event1021');
    const again = [...toWait, { type: 'RECHECK' }];
    expect(at(again)).toBe('event362');
    // The second visit says the technician already waited, above the same explanation.
    const firstBody = resolveText(content.steps.event362.body, ctxOf([{ type: 'ADFS_CERT' }]));
    const againBody = resolveText(content.steps.event362.body, ctxOf(again));
    expect(againBody).not.toBe(firstBody);
    expect(againBody.endsWith(firstBody)).toBe(true);
    // Still "No" after waiting: straight on to AD FS, not the same question again.
    expect(at([...again, { type: 'STS_NO' }])).toBe('event1021');
    expect(at([{ type: 'ADFS_CERT' }, { type: 'STS_NO' }, { type: 'NOT_SURE' }, { type: 'RECENT' }])).toBe('waitRecheck');
    expect(at([{ type: 'ADFS_CERT' }, { type: 'STS_NO' }, { type: 'NOT_SURE' }, { type: 'NOT_RECENT' }])).toBe('event1021');
  });

  it('routes a pasted event 362 with only the STS line failing to the recent-join question', () => {
    const reading = evidence('event362').read!(analyzeEvidence(EVENT_362({})), ctxOf([{ type: 'ADFS_CERT' }]));
    expect(reading?.event).toMatchObject({ type: 'UDR_EVENT', values: { eventId: 362, sts: 'no' } });
    expect(at([{ type: 'ADFS_CERT' }, reading!.event as Ev])).toBe('recentJoin');
  });

  it('sends a 362 with another failing line to the provisioning stages flow', () => {
    for (const lines of [{ policy: 'No' }, { joined: 'No' }]) {
      const reading = evidence('event362').read!(analyzeEvidence(EVENT_362(lines)), ctxOf([{ type: 'ADFS_CERT' }]));
      expect(at([{ type: 'ADFS_CERT' }, reading!.event as Ev])).toBe('outOtherPrereq');
    }
    const out = content.steps.outOtherPrereq as OutcomeStep<UgsContext>;
    expect(out.result).toBe('not-this');
    expect(out.related).toBe('hybrid-cert-trust-provisioning');
    expect(at([{ type: 'ADFS_CERT' }, { type: 'OTHER_NO' }])).toBe('outOtherPrereq');
    expect(at([{ type: 'ADFS_CERT' }, { type: 'NO_362' }])).toBe('outNo362');
    expect((content.steps.outNo362 as OutcomeStep<UgsContext>).related).toBe('hybrid-cert-trust-provisioning');
  });

  it('treats a 362 whose STS line says Yes as another cause', () => {
    const reading = evidence('event362').read!(analyzeEvidence(EVENT_362({ sts: 'Yes' })), ctxOf([{ type: 'ADFS_CERT' }]));
    expect(at([{ type: 'ADFS_CERT' }, reading!.event as Ev])).toBe('outOtherPrereq');
  });

  it('routes on a pasted AD FS 1021: ugs scope → version question, other scope → escalate', () => {
    const ugs = evidence('event1021').read!(analyzeEvidence(EVENT_1021('ugs')), ctxOf(TO_1021));
    expect(ugs?.event).toMatchObject({ type: 'ADFS_1021', values: { isUgsScopeIssue: true, msis: 'MSIS9368' } });
    expect(at([...TO_1021, ugs!.event as Ev])).toBe('adfsVersion');
    const other = evidence('event1021').read!(analyzeEvidence(EVENT_1021('openid profile')), ctxOf(TO_1021));
    expect(at([...TO_1021, other!.event as Ev])).toBe('outOther1021');
    expect(at([...TO_1021, { type: 'NO_1021' }])).toBe('outNo1021');
  });

  it('decides the AD FS version: 2019 → fix, 1903 and later or older → not the cause', () => {
    expect(at([...TO_VERSION, { type: 'NEWER' }])).toBe('outNotWs2019');
    expect(at([...TO_VERSION, { type: 'OLDER' }])).toBe('outNotWs2019');
    const build = (b: string): Ev[] => [...TO_VERSION, { type: 'NOT_SURE' }, { type: 'BUILD_ENTERED', values: { build: b } }];
    expect(at(build('17763.5696'))).toBe('objectId');
    const newer = build('Microsoft Windows [Version 10.0.20348.2461]');
    expect(at(newer)).toBe('outNotWs2019');
    expect(ctxOf(newer)).toMatchObject({ adfsOs: 'newer', adfsBuild: '20348.2461' });
    const newerBody = resolveText(content.steps.outNotWs2019.body, ctxOf(newer));
    expect(newerBody).toContain('20348.2461');
    expect(at(build('14393.4104'))).toBe('outNotWs2019');
    const olderBody = resolveText(content.steps.outNotWs2019.body, ctxOf(build('14393.4104')));
    expect(olderBody).toContain('14393.4104');
    // A newer release has the fix, an older one never had the fault: two different explanations.
    expect(olderBody.replace('14393.4104', '')).not.toBe(newerBody.replace('20348.2461', ''));
    expect(resolveText(content.steps.outNotWs2019.body, ctxOf([...TO_VERSION, { type: 'NEWER' }]))).not.toContain('build');
    expect(run(build('unknown')).rejectedAt).toBe(TO_VERSION.length + 1);
  });

  it('reads a pasted ver output on the build step', () => {
    const events = [...TO_VERSION, { type: 'NOT_SURE' }];
    const reading = evidence('checkAdfsBuild').read!(analyzeEvidence('Microsoft Windows [Version 10.0.17763.4851]'), ctxOf(events));
    expect(reading?.event).toEqual({ type: 'BUILD_ENTERED', values: { build: '17763.4851' } });
    expect(at([...events, reading!.event as Ev])).toBe('objectId');
  });

  it('ends at not-this when certificates are not enrolled through AD FS', () => {
    expect(at([{ type: 'OTHER' }])).toBe('outNotAdfsCertTrust');
  });

  it('pre-answers the first steps from event 362 carried in from triage', () => {
    const events = prefillEvents(descriptor, analyzeEvidence(EVENT_362({})), 0);
    expect(events.map((e) => e.type)).toEqual(['ADFS_CERT', 'UDR_EVENT']);
    expect(at(events)).toBe('recentJoin');
  });
});

describe('what the flow says about the evidence and the answers', () => {
  it('a reason names the event and every other line that says No', () => {
    const reading = evidence('event362').read!(analyzeEvidence(EVENT_362({ policy: 'No' })), ctxOf([{ type: 'ADFS_CERT' }]));
    expect(reading?.because).toContain('362');
    expect(reading?.because).toContain(udrCheckLabel('policyEnabled'));
    const alone = evidence('event362').read!(analyzeEvidence(EVENT_362({})), ctxOf([{ type: 'ADFS_CERT' }]));
    expect(alone?.because).not.toContain(udrCheckLabel('policyEnabled'));
  });

  it('a different AD FS error names its scope; the build reader names the DC it read', () => {
    const other = evidence('event1021').read!(analyzeEvidence(EVENT_1021('openid')), ctxOf(TO_1021));
    expect(other?.because).toContain('openid');
    expect(other?.because).toContain('MSIS9368');
    const ugs = evidence('event1021').read!(analyzeEvidence(EVENT_1021('ugs')), ctxOf(TO_1021));
    expect(ugs?.because).not.toBe(other?.because);
    const events = [...TO_VERSION, { type: 'NOT_SURE' }];
    const reading = evidence('checkAdfsBuild').read!(analyzeEvidence('FS02 10.0.17763.4851'), ctxOf(events));
    expect(reading?.because).toContain('17763.4851');
    expect(reading?.because).toContain('FS02');
  });

  it('the ObjectIdentifier box: the client id and other text each get their own message, a GUID none', () => {
    const field = evidence('objectId').fields![0]!;
    const ctx = ctxOf(TO_OBJECT_ID);
    expect(field.validate!(OBJECT_ID, ctx)).toBeUndefined();
    const clientId = field.validate!('38aa3b87-a06d-4817-b275-7a316988d93b', ctx);
    const notGuid = field.validate!('ugs', ctx);
    expect(clientId).toBeTruthy();
    expect(notGuid).toBeTruthy();
    expect(clientId).not.toBe(notGuid);
  });

  it('the steps so far list what each typed or pasted answer held', () => {
    const failing = content.describe!({ type: 'UDR_EVENT', values: { eventId: 362, sts: 'no', failing: ['policyEnabled', 'stsAuthenticated'] } } as Ev);
    expect(failing).toContain('362');
    expect(failing).toContain(udrCheckLabel('policyEnabled'));
    expect(failing).toContain(udrCheckLabel('stsAuthenticated'));
    const none = content.describe!({ type: 'UDR_EVENT', values: { eventId: 358, sts: 'yes', failing: [] } } as Ev);
    expect(none).toContain('358');
    expect(none).not.toContain(udrCheckLabel('stsAuthenticated'));
    const refused = content.describe!({ type: 'ADFS_1021', values: { isUgsScopeIssue: true } } as Ev);
    expect(refused).toContain('MSIS9368');
    expect(content.describe!({ type: 'ADFS_1021', values: { isUgsScopeIssue: false } } as Ev)).not.toBe(refused);
    expect(content.describe!({ type: 'BUILD_ENTERED', values: { build: '17763.5696' } } as Ev)).toContain('17763.5696');
    expect(content.describe!({ type: 'OBJECT_ID_ENTERED', values: { objectId: OBJECT_ID } } as Ev)).toContain(OBJECT_ID);
  });
});
