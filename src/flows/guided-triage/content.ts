import { contentFrom } from '../shared/words';
import { logic } from './logic';
import type { machine, TriageContext } from './machine';
import words from './words.yaml';
import type { FlowWords } from '../../words/schema';

/** The guided triage's steps: its words (words.yaml) with its logic (logic.ts). */
export const content = contentFrom<TriageContext, typeof machine>(words as FlowWords, logic);
