/**
 * Words and machine are linked by type: a flow's steps are keyed by its machine's state ids, so a
 * state with no words, or a misspelt state id, fails `npm run typecheck` (the @ts-expect-error lines
 * below fail the type check if that ever stops being an error).
 */
import { describe, expect, it } from 'vitest';
import { content } from '../../src/flows/pin-reset-allowed-urls/content';
import type { machine, PinResetContext } from '../../src/flows/pin-reset-allowed-urls/machine';
import type { FlowContent } from '../../src/flows/shared/types';

type PinResetContent = FlowContent<PinResetContext, typeof machine>;
const { joined, ...others } = content.steps;

// @ts-expect-error a misspelt state id leaves the real state 'joined' without words
export const misspelt: PinResetContent = { ...content, steps: { ...others, joind: joined } };

// @ts-expect-error a state with no words
export const missing: PinResetContent = { ...content, steps: others };

export const complete: PinResetContent = { ...content, steps: { ...others, joined } };

describe('content keyed by the machine state ids', () => {
  it('the complete content keeps every step', () => {
    expect(Object.keys(complete.steps).sort()).toEqual(Object.keys(content.steps).sort());
  });
});
