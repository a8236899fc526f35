/** The words of ntauth-ca-missing: one entry per state of its machine. */
import type { FlowContent } from '../shared/types';
import type { NtauthCaMissingContext } from './machine';

export const content: FlowContent<NtauthCaMissingContext> = {
  references: [{ title: 'TODO: the source document', source: 'TODO: section or public URL' }],
  steps: {
    symptom: {
      kind: 'question',
      title: 'TODO: Does the user see this?',
      answers: [
        { event: 'YES', label: 'Yes' },
        { event: 'NO', label: 'No' },
      ],
    },
    fix: {
      kind: 'action',
      title: 'TODO: Apply the fix',
      steps: [{ text: 'TODO: first step' }],
      answers: [{ event: 'DONE', label: 'Done' }],
    },
    check: {
      kind: 'check',
      title: 'TODO: Did that fix it?',
      answers: [
        { event: 'FIXED', label: 'Yes, it works now' },
        { event: 'NOT_FIXED', label: 'No, it still fails' },
      ],
    },
    outResolved: { kind: 'outcome', result: 'resolved', title: 'TODO: Fixed' },
    outNotThis: { kind: 'outcome', result: 'not-this', title: 'TODO: Not this issue' },
    outEscalate: { kind: 'outcome', result: 'escalate', title: 'TODO: Hand over to support', handOver: ['TODO: what to hand over'] },
  },
};
