import type { FlowMeta } from '../shared/types';

/** Guided triage: not a documented issue, so it stays out of the catalog and search (`unlisted`). */
export const meta: FlowMeta = {
  id: 'guided-triage',
  title: 'Find the right issue',
  symptom: 'Not sure which issue you have? A few questions about what happened and how your devices are set up lead to the flow that fits.',
  appliesTo: ['Any Windows Hello for Business deployment'],
  keywords: ['not sure', 'where to start', 'triage'],
  unlisted: true,
};
