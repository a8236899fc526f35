/**
 * Very large pastes: what is analysed is capped (the first 5 MB) and the paste box says so; evidence
 * carried from the home page is analysed like the paste box's (async, in a worker when big).
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { carriedEvidence, carryEvidence } from '../../src/cases/carried';
import { PasteBox } from '../../src/components/PasteBox';
import * as asyncAnalysis from '../../src/evidence/analyze-async';
import { MAX_ANALYSED_CHARS, analysedPart, capSizes } from '../../src/evidence/cap';
import { t } from '../../src/words/messages';

const DSREG = `+----------------------------------------------------------------------+
| Device State                                                         |
+----------------------------------------------------------------------+
             AzureAdJoined : YES
              DomainJoined : NO
`;

describe('large pastes', () => {
  it('analyses only the first 5 MB and says so in plain words', () => {
    const big = 'x'.repeat(MAX_ANALYSED_CHARS + 10);
    expect(analysedPart(big)).toHaveLength(MAX_ANALYSED_CHARS);
    expect(analysedPart('small')).toBe('small');
    expect(capSizes(50 * 1024 * 1024)).toEqual({ size: '50 MB', cap: '5 MB' });
    expect(t('paste.cap', capSizes(50 * 1024 * 1024))).toBe(
      'This paste is 50 MB. Only the first 5 MB are analysed: if the part that matters is further down, paste that part on its own.',
    );
    expect(capSizes(1000)).toBeUndefined();
  });

  it('the paste box shows the message for a paste over the cap, and nothing for a normal one', () => {
    const { rerender } = render(<PasteBox id="p" label="Paste evidence" value={DSREG} onChange={() => {}} />);
    expect(screen.queryByText(/Only the first 5 MB are analysed/)).toBeNull();
    rerender(<PasteBox id="p" label="Paste evidence" value={'y'.repeat(MAX_ANALYSED_CHARS + 1)} onChange={() => {}} />);
    expect(screen.getByText(/This paste is 5 MB\. Only the first 5 MB are analysed/)).toBeInTheDocument();
  });

  it('carried evidence goes through the async analysis (worker for big pastes), capped, and is kept for the case', async () => {
    const spy = vi.spyOn(asyncAnalysis, 'analyzeEvidenceAsync');
    const findings = await carryEvidence('case1', DSREG + 'z'.repeat(MAX_ANALYSED_CHARS));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(findings.length).toBeGreaterThan(0);
    expect(carriedEvidence('case1')?.findings).toBe(findings);
    spy.mockRestore();
  });
});
