import type { Readout } from './readout';

const blank: Readout = { events: [], failing: [], sts: null, joinType: null, ngcSet: null, preReqResult: null, source: null };

/**
 * One EVIDENCE_READ payload per evidence rule, so the model tests take every guarded branch.
 * The first ones are what the samples in samples.ts read as (checked in the tests).
 */
export const SAMPLE_READOUTS: Readout[] = [
  // SAMPLE_360: policy not enabled, Remote Desktop session.
  { ...blank, events: [360], failing: ['policyEnabled', 'notRemote'], sts: 'not-tested', source: 'event 360' },
  // SAMPLE_362_STS: the enterprise STS check failed.
  { ...blank, events: [362], failing: ['logonCertTemplate', 'stsAuthenticated'], sts: 'no', source: 'event 362' },
  // SAMPLE_358
  { ...blank, events: [358], sts: 'yes' },
  // SAMPLE_311
  { ...blank, events: [311] },
  // Events 301 and 300
  { ...blank, events: [301] },
  { ...blank, events: [300] },
  // dsregcmd: domain joined only.
  { ...blank, joinType: 'domain' },
];
