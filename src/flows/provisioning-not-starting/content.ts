import { contentFrom } from '../shared/words';
import type { FlowWords } from '../../words/schema';
import { logic } from './logic';
import type { machine, ProvisioningNotStartingContext } from './machine';
import words from './words.yaml';

/** The flow's steps: its words (words.yaml) with its logic (logic.ts). */
export const content = contentFrom<ProvisioningNotStartingContext, typeof machine>(words as FlowWords, logic);
