import type { FlowWords } from '../../words/schema';
import { contentFrom } from '../shared/words';
import { logic } from './logic';
import type { machine, ProvisioningContext } from './machine';
import words from './words.yaml';

/** The flow's steps: its words (words.yaml) with its logic (logic.ts). */
export const content = contentFrom<ProvisioningContext, typeof machine>(words as FlowWords, logic);
