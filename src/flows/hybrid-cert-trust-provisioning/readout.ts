/**
 * What pasted evidence says about provisioning, boiled down to the facts the machine routes on,
 * and the named rules (guards) that place it at a stage. Pure: no React, no I/O.
 */
import type { AnyFinding, DsregcmdFacts, JoinType, UdrCheckKey } from '../../evidence/types';
import { findingOf, findingsOf } from '../shared/findings';
import type { Say } from '../shared/logic';
import { stsOwner } from '../shared/sts';

export type StsResult = 'yes' | 'no' | 'not-tested';

/** The payload of EVIDENCE_READ: plain JSON, so a case can store and replay it. */
export interface Readout {
  /** User Device Registration event ids in the paste, in paste order. */
  events: number[];
  /** Prerequisite checks that answered No (events 360/362, or dsregcmd's Ngc Prerequisite Check). */
  failing: UdrCheckKey[];
  /** Whether the user authenticated to the enterprise STS (AD FS); null when nothing says. */
  sts: StsResult | null;
  /** How dsregcmd says the device is joined; null without dsregcmd output. */
  joinType: JoinType | null;
  /** dsregcmd User State NgcSet; null when not shown. */
  ngcSet: boolean | null;
  preReqResult: 'WillProvision' | 'WillNotProvision' | null;
  /** Where the failing list came from, e.g. "event 360" or "dsregcmd /status". */
  source: string | null;
}

/** dsregcmd's Ngc Prerequisite Check keys, mapped to the matching lines of events 360/362. */
export const DSREG_PREREQ_KEYS: Readonly<Record<string, UdrCheckKey>> = {
  isdevicejoined: 'deviceJoined',
  isuserazuread: 'userCredentials',
  policyenabled: 'policyEnabled',
  postlogonenabled: 'postLogonEnabled',
  deviceeligible: 'hardware',
  sessionisnotremote: 'notRemote',
  adfsraisready: 'enrollmentEndpointReady',
  logoncerttemplateready: 'logonCertTemplate',
  adfsrefreshtoken: 'stsAuthenticated',
};

const CHECK_KEYS: ReadonlySet<string> = new Set<UdrCheckKey>([
  'deviceJoined',
  'userCredentials',
  'policyEnabled',
  'postLogonEnabled',
  'hardware',
  'notRemote',
  'certForOnPremPolicy',
  'enrollmentEndpointReady',
  'logonCertTemplate',
  'stsAuthenticated',
  'cloudTrustPolicy',
  'cloudTgt',
  'other',
]);

const JOIN_TYPES: ReadonlySet<string> = new Set<JoinType>(['entra', 'hybrid', 'domain', 'drs', 'none', 'unknown']);

function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

function dsregFailing(d: DsregcmdFacts): UdrCheckKey[] {
  const out: UdrCheckKey[] = [];
  for (const key of d.failingPrereqs) addOnce(out, DSREG_PREREQ_KEYS[key.toLowerCase()] ?? 'other');
  return out;
}

/** Boils the analysed paste down to a Readout; undefined when it holds no event or dsregcmd output. */
export function readoutOf(findings: readonly AnyFinding[]): Readout | undefined {
  const udr = findingsOf(findings, 'udr-event');
  const ds = findingOf(findings, 'dsregcmd');
  if (udr.length === 0 && !ds) return undefined;
  const r: Readout = { events: [], failing: [], sts: null, joinType: null, ngcSet: null, preReqResult: null, source: null };
  const sources: string[] = [];
  for (const f of udr) {
    addOnce(r.events, f.facts.eventId);
    if (f.facts.launched === false) {
      for (const k of f.facts.failing) addOnce(r.failing, k);
      addOnce(sources, `event ${f.facts.eventId}`);
    }
    const sts = f.facts.stsAuthenticated;
    if (sts === 'no' || (sts && r.sts === null)) r.sts = sts;
  }
  if (ds) {
    const f = ds.facts;
    if (f.joinType !== 'unknown') r.joinType = f.joinType;
    if (f.ngcSet !== undefined) r.ngcSet = f.ngcSet;
    if (f.preReqResult) r.preReqResult = f.preReqResult;
    const failing = dsregFailing(f);
    if (failing.length) addOnce(sources, 'dsregcmd /status');
    for (const k of failing) addOnce(r.failing, k);
    if (f.adfsRefreshToken === false) r.sts = 'no';
    else if (f.adfsRefreshToken === true && r.sts === null) r.sts = 'yes';
  }
  r.source = sources.length ? sources.join(' and ') : null;
  return r;
}

/** Reads an EVIDENCE_READ payload defensively: cases can come from links and old versions. */
export function readoutFrom(event: { type: string; values?: unknown }): Readout | undefined {
  if (event.type !== 'EVIDENCE_READ') return undefined;
  const v = event.values as Partial<Readout> | undefined;
  if (!v || typeof v !== 'object') return undefined;
  return {
    events: Array.isArray(v.events) ? v.events.filter((e): e is number => typeof e === 'number') : [],
    failing: Array.isArray(v.failing) ? v.failing.filter((k): k is UdrCheckKey => typeof k === 'string' && CHECK_KEYS.has(k)) : [],
    sts: v.sts === 'yes' || v.sts === 'no' || v.sts === 'not-tested' ? v.sts : null,
    joinType: typeof v.joinType === 'string' && JOIN_TYPES.has(v.joinType) ? v.joinType : null,
    ngcSet: typeof v.ngcSet === 'boolean' ? v.ngcSet : null,
    preReqResult: v.preReqResult === 'WillProvision' || v.preReqResult === 'WillNotProvision' ? v.preReqResult : null,
    source: typeof v.source === 'string' ? v.source : null,
  };
}

// ------------------------------------------------------------------ rules

/** Event 311: creating the Hello (NGC) key container failed: the key pair stage. */
export const keyCreateFailed = (r: Readout) => r.events.includes(311);

/** Event 301: registering the public key with Entra ID failed. */
export const keyRegFailed = (r: Readout) => r.events.includes(301);

/** Event 300, or dsregcmd NgcSet YES: the key exists and is registered; the certificate comes next. */
export const keyRegistered = (r: Readout) => r.events.includes(300) || r.ngcSet === true;

/** dsregcmd shows a join state other than hybrid (AzureAdJoined YES and DomainJoined YES). */
export const notHybridJoined = (r: Readout) => r.joinType !== null && r.joinType !== 'hybrid';

/**
 * Device authentication to AD FS failed and nothing else blocks: event 362 "User has
 * successfully authenticated to the enterprise STS: No" (or AdfsRefreshToken NO) with no other
 * check saying No. That belongs to the AD FS `ugs` scope flow (shared/sts.ts decides, for both
 * flows); with another No this flow fixes that check first.
 */
export const stsFailed = (r: Readout) => !notHybridJoined(r) && stsOwner(r.sts, r.failing) === 'adfs-scope';

/** Events 360/362 or PreReqResult WillNotProvision: a prerequisite check stopped provisioning. */
export const prereqsFailed = (r: Readout) =>
  r.failing.length > 0 || r.events.includes(360) || r.events.includes(362) || r.preReqResult === 'WillNotProvision';

/** Event 358 or PreReqResult WillProvision: every prerequisite passed. */
export const launched = (r: Readout) => r.events.includes(358) || r.preReqResult === 'WillProvision';

export type Place = 'keyCreate' | 'keyReg' | 'keyDone' | 'notJoined' | 'sts' | 'prereqs' | 'launched';

/** The rules in the order the machine tries them: the furthest stage the evidence shows wins. */
export const PLACE_RULES: readonly (readonly [Place, (r: Readout) => boolean])[] = [
  ['keyCreate', keyCreateFailed],
  ['keyReg', keyRegFailed],
  ['keyDone', keyRegistered],
  ['notJoined', notHybridJoined],
  ['sts', stsFailed],
  ['prereqs', prereqsFailed],
  ['launched', launched],
];

/** The first rule, among those a step routes on, that the readout meets. */
export function placeOf(r: Readout, allowed: readonly Place[]): Place | undefined {
  return PLACE_RULES.find(([place, rule]) => allowed.includes(place) && rule(r))?.[0];
}

/**
 * Why the evidence puts provisioning at this place, in the words of words.yaml (`place-*`, `joined-*`, `check-*-label`
 * messages); `say` fills them.
 */
export function explain(r: Readout, place: Place, say: Say): string {
  switch (place) {
    case 'keyCreate':
      return say('place-keyCreate');
    case 'keyReg':
      return say('place-keyReg');
    case 'keyDone':
      return say(r.events.includes(300) ? 'place-keyDone300' : 'place-keyDoneNgc');
    case 'notJoined':
      return say('place-notJoined', { joinWords: say(`joined-${r.joinType ?? 'unknown'}`) });
    case 'sts':
      return say(r.events.includes(362) ? 'place-sts362' : 'place-stsDsreg');
    case 'prereqs': {
      if (r.failing.length) {
        const checks = r.failing.map((k) => say(`check-${k}-label`).toLowerCase()).join('; ');
        return say('place-prereqsFailing', { source: r.source ?? say('evidenceLabel'), checks });
      }
      const id = r.events.find((e) => e === 360 || e === 362);
      return id ? say('place-prereqsEvent', { eventId: id }) : say('place-prereqsDsreg');
    }
    case 'launched':
      return say(r.events.includes(358) ? 'place-launched358' : 'place-launchedDsreg');
  }
}
