import { contentFrom } from '../shared/words';
import { logic } from './logic';
import type { machine, PinResetContext } from './machine';
import words from './words.yaml';
import type { FlowWords } from '../../words/schema';

/** The flow's steps: its words (words.yaml) with its logic (logic.ts). */
export const content = contentFrom<PinResetContext, typeof machine>(words as FlowWords, logic);
