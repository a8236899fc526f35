import { describe, expect, it } from 'vitest';
import { createCase, withAnswer, withNote } from '../../src/cases/caseOps';
import { codeBlock, mdLine, mdText, toMarkdown, utc } from '../../src/cases/markdown';
import { createRedactor } from '../../src/cases/redact';
import { buildReport, reportJson } from '../../src/cases/report';
import type { Case, CaseEvent } from '../../src/cases/types';
import pinReset from '../../src/flows/pin-reset-allowed-urls';

const T0 = Date.UTC(2025, 2, 4, 9, 5);

function answered(events: CaseEvent[], title = 'Ticket 4711 <b>'): Case {
  let c = createCase('pin-reset-allowed-urls', title, T0);
  events.forEach((e, i) => {
    c = withAnswer(c, c.position, e, T0 + (i + 1) * 60_000);
  });
  return c;
}

const fromEvidence: CaseEvent = {
  type: 'YES',
  meta: {
    at: 0,
    via: 'evidence',
    because: 'dsregcmd shows AzureAdJoined YES and DomainJoined NO: the device is Entra joined.',
    facts: [
      { label: 'Join type', value: 'Microsoft Entra joined', mark: 'info' },
      { label: 'Tenant', value: 'Contoso 6b3a0c1e-1111-4c4c-9d9d-0123456789ab', mark: 'info' },
    ],
  },
};

const toPolicy: CaseEvent[] = [fromEvidence, { type: 'YES' }, { type: 'BOTH' }, { type: 'HOSTS_ENTERED', values: { hosts: ['fs.contoso.com'] } } as CaseEvent];

describe('case report', () => {
  it('lists each step with its answer, evidence, notes, and the fix steps with the filled-in value', () => {
    let c = answered(toPolicy);
    c = withNote(c, { step: 1, stateId: 'whereError', text: 'User saw it at 08:55 *twice*' }, T0 + 90_000);
    const r = buildReport(c, pinReset);
    expect(r.steps.map((s) => s.stateId)).toEqual(['joined', 'whereError', 'signInKind', 'blockedHost']);
    expect(r.steps[0]).toMatchObject({ title: 'Is the device Microsoft Entra joined?', answer: 'Yes, Entra joined', fromEvidence: { because: fromEvidence.meta!.because } });
    expect(r.steps[3].answer).toBe('Blocked hosts: fs.contoso.com');
    expect(r.current).toMatchObject({ stateId: 'configurePolicy', kind: 'action' });
    expect(r.current!.actions[0].code!.code).toBe('fs.contoso.com;login.microsoftonline.us');
    expect(r.status).toBe('in-progress');

    const md = toMarkdown(r);
    expect(md).toContain('# Ticket 4711 \\<b\\>');
    expect(md).toContain('- Flow: PIN reset fails on Entra joined devices (`pin-reset-allowed-urls`)');
    expect(md).toContain('- Started: 2025-03-04 09:05 UTC');
    expect(md).toContain('1. **Is the device Microsoft Entra joined?**\n   - Answer: Yes, Entra joined (from evidence) (2025-03-04 09:06 UTC)');
    expect(md).toContain('   - Because: dsregcmd shows AzureAdJoined YES');
    expect(md).toContain('     - Tenant: Contoso 6b3a0c1e-1111-4c4c-9d9d-0123456789ab');
    expect(md).toContain('   - Note (2025-03-04 09:06 UTC): User saw it at 08:55 \\*twice\\*');
    expect(md).toContain('## Current step\n\nStep 5: **Allow the sign-in hosts for web sign-in** (not answered yet)');
    expect(md).toContain('### Step 5: Allow the sign-in hosts for web sign-in');
    expect(md).toContain('```\n   fs.contoso.com;login.microsoftonline.us\n   ```');
    expect(md).toContain('./Device/Vendor/MSFT/Policy/Config/Authentication/ConfigureWebSignInAllowedUrls');
    expect(md).toContain('Not reached yet');
    expect(md).toContain('## References\n\n- Windows Hello for Business known deployment issues');
  });

  it('reports the outcome with the hand-over items filled in', () => {
    const c = answered([...toPolicy, { type: 'DONE' }, { type: 'OTHER_ERROR' }]);
    const r = buildReport(c, pinReset);
    expect(r.status).toBe('escalated');
    expect(r.current).toBeUndefined();
    expect(r.outcome).toMatchObject({ stateId: 'outEscalate', result: 'escalate', title: 'Hand this to your support team' });
    expect(r.outcome!.handOver).toContain('The policy value that was set: fs.contoso.com;login.microsoftonline.us');
    const md = toMarkdown(r);
    expect(md).toContain('**Hand over to support: Hand this to your support team**');
    expect(md).toContain('- The policy value that was set: fs.contoso.com;login.microsoftonline.us');
    // The answered action step keeps its fix steps, filled in with what the case knew then.
    expect(md).toContain('### Step 5: Allow the sign-in hosts for web sign-in');
  });

  it('keeps notes of steps no longer in the path', () => {
    let c = answered([{ type: 'YES' }, { type: 'NO' }]);
    c = withNote(c, { step: 1, stateId: 'whereError', text: 'first try' }, T0);
    c = { ...withAnswer({ ...c, position: 1 }, 1, { type: 'NOT_SURE' }, T0 + 1) };
    c = { ...c, notes: [...c.notes, { step: 4, stateId: 'gone', text: 'orphan', at: T0 }] };
    const r = buildReport(c, pinReset);
    expect(r.otherNotes.map((n) => n.text)).toEqual(['orphan']);
    expect(toMarkdown(r)).toContain('## Notes on earlier answers');
  });

  it('stops at answers that no longer fit, and says so', () => {
    const c = answered([{ type: 'YES' }]);
    const tampered = { ...c, events: [...c.events, { type: 'NOPE' }], position: 2 };
    const r = buildReport(tampered, pinReset);
    expect(r.rejectedAt).toBe(1);
    expect(toMarkdown(r)).toContain('no longer fit');
  });

  it('JSON export holds the case and the derived path', () => {
    const c = answered(toPolicy);
    const r = buildReport(c, pinReset);
    const json = reportJson(c, r);
    expect(json.case).toEqual(c);
    expect(json.path).toHaveLength(4);
    expect(JSON.parse(JSON.stringify(json)).current.actions[0].code.code).toBe('fs.contoso.com;login.microsoftonline.us');
  });

  it('redacts the report and JSON with one mapping, keeping the US Gov host', () => {
    const c = answered(toPolicy, 'alice@contoso.com cannot reset');
    const r = buildReport(c, pinReset);
    const red = createRedactor().deep({ report: r, json: reportJson(c, r) });
    const md = toMarkdown(red.report, { redacted: true });
    expect(md).not.toMatch(/contoso|6b3a0c1e/i);
    expect(md).toContain('host1.example;login.microsoftonline.us');
    expect(md).toContain('# user1@domain1.example cannot reset');
    expect(md).toContain('Tenant: \\<tenant-1\\> \\<guid-1\\>');
    expect(md).toContain('- Redacted:');
    expect(JSON.stringify(red.json)).not.toMatch(/contoso/i);
    expect(red.json.case.title).toBe('user1@domain1.example cannot reset');
  });

  it('Markdown keeps multi-line titles, notes and fact labels as written: no fence, setext heading or entity takes effect', () => {
    let c = answered(toPolicy, 'Ticket 1\n===\n~~~');
    c = withNote(c, { step: 1, stateId: 'whereError', text: 'first line\n---\n~~~\n&lt;script&gt;\n1. not a list' }, T0 + 90_000);
    const md = toMarkdown(buildReport(c, pinReset));
    expect(md.split('\n')[0]).toBe('# Ticket 1 === \\~\\~\\~');
    // Outside the app's own code blocks, no line opens a fence, underlines a heading or starts a list of the note's.
    const outsideCode = md.replace(/^( *)(`{3,})[\s\S]*?^\1\2$/gm, '');
    for (const line of outsideCode.split('\n')) {
      expect(line.trim()).not.toMatch(/^(~~~|===|---|```)/);
      expect(line).not.toMatch(/(^|[^\\])&lt;/);
    }
    const pad = '\n     ';
    expect(md).toContain(['first line\\', '\\---\\', '\\~\\~\\~\\', '\\&lt;script\\&gt;\\', '1\\. not a list'].join(pad));
  });

  it('markdown helpers: escaping, fences around backticks, UTC times', () => {
    expect(mdText('a_b *c* [d](e) <x> # | \\')).toBe('a\\_b \\*c\\* \\[d\\](e) \\<x\\> \\# \\| \\\\');
    // Multi-line text: fences (~~~, ```), setext underlines, list markers, entities and indented code stay text.
    expect(mdText('~~~\n=== x\n---\n1. one\n+ two\n    code\n&lt;b&gt;')).toBe('\\~\\~\\~\\\n\\=== x\\\n\\---\\\n1\\. one\\\n\\+ two\\\ncode\\\n\\&lt;b\\&gt;');
    expect(mdLine('Title\n===\n~~~ fence')).toBe('Title === \\~\\~\\~ fence');
    expect(codeBlock('run `x` ```', 'powershell')).toBe('````powershell\nrun `x` ```\n````');
    expect(utc(Date.UTC(2024, 0, 2, 3, 4))).toBe('2024-01-02 03:04 UTC');
    expect(utc(Number.NaN)).toBe('unknown time');
  });
});
