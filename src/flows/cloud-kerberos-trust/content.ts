import { contentFrom } from '../shared/words';
import type { FlowWords } from '../../words/schema';
import { logic } from './logic';
import type { CloudKerberosTrustContext, machine } from './machine';
import words from './words.yaml';

/** The flow's steps: its words (words.yaml) with its logic (logic.ts). */
export const content = contentFrom<CloudKerberosTrustContext, typeof machine>(words as FlowWords, logic);
