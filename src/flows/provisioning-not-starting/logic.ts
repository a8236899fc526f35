/** The logic behind this flow's words (words.yaml): the case's values, conditions, the paste reader and the hand-over. */
import type { FlowLogic } from '../shared/logic';
import { blockerLine, meaningOf, message } from './blockers';
import type { machine, ProvisioningNotStartingContext as C } from './machine';
import { firstBlocker, fromAdminPrompt, PRT_STALE_HOURS, statusOf, type Status } from './rules';
import { SAMPLE_POLICY_OFF } from './samples';

const JOINED: Partial<Record<string, string>> = { domain: 'joined-domain', none: 'joined-none' };

/** How old the primary refresh token was when the output was taken, in words. */
function prtAge(s: Status | null): string {
  if (s?.prtAgeHours == null) return message('prtAgeUnknown');
  return message('prtAgeKnown', { ageHours: s.prtAgeHours, prtUpdated: s.prtUpdated ?? message('prtUpdatedUnknown') });
}

export const logic: FlowLogic<C, typeof machine> = {
  values: {
    blockerLine: (c) => blockerLine(firstBlocker(c.status)),
    meaning: (c) => meaningOf(firstBlocker(c.status)),
    userContext: (c) => c.status?.userContext ?? message('adminContextUnknown'),
    staleHours: () => PRT_STALE_HOURS,
  },
  when: {
    /** The paste came from an administrator or SYSTEM prompt: its user lines are that account's. */
    adminPrompt: (c) => fromAdminPrompt(c.status),
    /** The case holds a dsregcmd /status paste (not answers typed by hand). */
    pasted: (c) => Boolean(c.status),
  },
  steps: {
    // dsregcmd output pasted on the home page goes straight to the step that reads it.
    start: { read: (findings, _c, say) => (statusOf(findings) ? { event: { type: 'PASTE' }, because: say('pasted') } : undefined) },
    status: {
      read: (findings, _c, say) => {
        const s = statusOf(findings);
        if (!s) return undefined;
        const line = blockerLine(firstBlocker(s));
        const because = fromAdminPrompt(s) ? say('firstReasonAdmin', { blockerLine: line, userContext: s.userContext ?? '' }) : say('firstReason', { blockerLine: line });
        return { event: { type: 'EVIDENCE_READ', values: s }, because };
      },
      sample: SAMPLE_POLICY_OFF,
    },
    joinFix: { values: { joinState: (c) => message(JOINED[c.status?.join ?? ''] ?? 'joined-other') } },
    prtStaleFix: { values: { prtAge: (c) => prtAge(c.status) } },
    outCertTrust: { carry: () => ({ answers: { whereStopped: 'NO_SCREEN' } }) },
  },
  events: {
    EVIDENCE_READ: (event) => {
      const s = (event as { values?: Status }).values;
      return s ? { blockerLine: blockerLine(firstBlocker(s)) } : undefined;
    },
  },
};
