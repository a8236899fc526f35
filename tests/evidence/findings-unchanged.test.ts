/**
 * The analyzers' findings, recorded before the throughput work of issue 13 (point 3): every
 * fixture (as is, and re-cased, re-indented, CRLF/entity-encoded, buried in log noise) and the
 * evidence benchmark's two 5 MB inputs. A speed-up must leave every analyzer's output, and where
 * each finding starts, exactly as it was. Fixtures as is are recorded in full; the other inputs
 * as counts, start lines and a hash of each analyzer's output (the full text would be megabytes).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyzeEvidence, ANALYZERS, type FindingKind } from '../../src/evidence/index.ts';
import { prepare } from '../../src/evidence/text.ts';
import { buildLogDump, buildMixedPaste, evidenceFixtures } from '../../scripts/bench/evidence-inputs.ts';
import * as triageFixtures from '../triage/fixtures.ts';

const KINDS = Object.keys(ANALYZERS) as FindingKind[];

/** Each analyzer's output on one prepared paste (findings with their start line), uncapped. */
function perKind(text: string): Record<string, unknown> {
  const doc = prepare(text);
  const out: Record<string, unknown> = {};
  for (const kind of KINDS) {
    try {
      const found = ANALYZERS[kind](doc);
      if (found.length > 0) out[kind] = found;
    } catch (error) {
      out[kind] = `throws ${String(error)}`;
    }
  }
  return out;
}

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Counts, start lines and hashes: small enough to keep, and any change to a finding changes them. */
function summary(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [kind, found] of Object.entries(perKind(text))) {
    out[kind] = Array.isArray(found)
      ? { count: found.length, at: found.map((f: { at: number }) => f.at).join(' '), sha: sha(found) }
      : found;
  }
  out.analyzeEvidence = sha(analyzeEvidence(text));
  return out;
}

const NOISE = [
  '   1042 0.420000      10.20.4.38      10.20.0.11      LDAP     242   searchRequest(42) "<ROOT>" baseObject',
  'Information,5/14/2024 9:07:11 AM,Microsoft-Windows-Security-Auditing,4624,Logon,"An account was successfully logged on."',
  'SamAccountName         : user7',
  '2024-05-14T09:03:07.7Z [INFO] sync cycle 7: 0 errors, 7 objects exported',
].join('\n');

const VARIANTS: Record<string, (text: string) => string> = {
  upper: (t) => t.toUpperCase(),
  lower: (t) => t.toLowerCase(),
  indented: (t) => t.replace(/^/gm, '\t  '),
  'crlf and entities': (t) => t.replace(/\n/g, '\r\n').replace(/'/g, '&#39;').replace(/ {2}/g, '&nbsp; '),
  'in noise': (t) => `${NOISE}\n${t}\n${NOISE}\n${t.split('\n').join(`\n${NOISE.split('\n')[2]}\n`)}\n`,
};

const fixtures = [
  ...evidenceFixtures(),
  ...Object.entries(triageFixtures as Record<string, unknown>).flatMap(([name, text]) =>
    typeof text === 'string' ? [{ name: `triage ${name}`, text }] : [],
  ),
];

describe('findings are unchanged', () => {
  it.each(fixtures)('fixture $name', ({ text }) => {
    expect(perKind(text)).toMatchSnapshot();
    const variants: Record<string, unknown> = {};
    for (const [name, make] of Object.entries(VARIANTS)) variants[name] = summary(make(text));
    expect(variants).toMatchSnapshot();
  });

  it('the benchmark mixed paste (5 MB)', () => {
    expect(summary(buildMixedPaste())).toMatchSnapshot();
  });

  it('the benchmark log dump (5 MB)', () => {
    expect(summary(buildLogDump())).toMatchSnapshot();
  });
});
