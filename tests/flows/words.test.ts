import { describe, expect, it } from 'vitest';
import { readWords, WordsError, wordsPlugin } from '../../scripts/words-plugin';
import { allFlows, loadFlow } from '../../src/flows/registry';
import type { FlowLogic } from '../../src/flows/shared/logic';
import type { FlowWords } from '../../src/words/schema';
import { HELLO_ERROR_CODES } from '../../src/evidence/hello-error-codes';
import { causeWords } from '../../src/flows/hello-error-codes/causes';
import { causesProblems, wordsProblems } from './words-lint';

const wordsFiles = import.meta.glob<FlowWords>('../../src/flows/*/words.yaml', { eager: true, import: 'default' });
const logicFiles = import.meta.glob<{ logic: FlowLogic<any> }>('../../src/flows/*/logic.ts', { eager: true });
const folderOf = (path: string) => path.split('/')[4]!;
const flowIds = allFlows.map((f) => f.id);
const withWords = Object.keys(wordsFiles).map(folderOf);

describe('words files match their machines and logic (content lint)', () => {
  it.each(withWords)('%s: every state has words, every answer is accepted, every placeholder and condition is known', async (id) => {
    const d = await loadFlow(id as never);
    const logic = logicFiles[`../../src/flows/${id}/logic.ts`]?.logic ?? {};
    const problems = wordsProblems({ file: `src/flows/${id}/words.yaml`, words: wordsFiles[`../../src/flows/${id}/words.yaml`]!, logic, machine: d.machine, flowIds });
    expect(problems).toEqual([]);
  });

  it('names the file, the step and the fix for each kind of mistake', async () => {
    const d = await loadFlow('pin-reset-allowed-urls');
    const words = structuredClone(wordsFiles['../../src/flows/pin-reset-allowed-urls/words.yaml']!);
    const steps = words.steps as Record<string, FlowWords['steps'][string]>;
    steps.whereEror = steps.whereError!;
    delete steps.whereError;
    steps.retry!.answers = [...(steps.retry!.answers ?? []), { event: 'MAYBE', label: 'Maybe' }];
    steps.findHost!.body = 'The host is {dcName}.';
    steps.blockedHost!.body = [{ when: 'isGov', text: 'Gov' }];
    words.guards = { hostsUsabel: 'the host names can be used' };
    const problems = wordsProblems({ file: 'words.yaml', words, logic: logicFiles['../../src/flows/pin-reset-allowed-urls/logic.ts']!.logic, machine: d.machine, flowIds });
    expect(problems.join('\n')).toMatch(/the state "whereError" has no words/);
    expect(problems.join('\n')).toMatch(/steps\.whereEror: the machine has no state "whereEror"/);
    expect(problems.join('\n')).toMatch(/steps\.retry: the answer MAYBE is not accepted by the state/);
    expect(problems.join('\n')).toMatch(/steps\.findHost\.body: the placeholder \{dcName\} is not a value the case can fill/);
    expect(problems.join('\n')).toMatch(/steps\.blockedHost\.body: the condition "isGov" is not in logic\.ts when/);
    expect(problems.join('\n')).toMatch(/the machine's guard "hostsUsable" has no words \(add guards\.hostsUsable\)/);
    expect(problems.join('\n')).toMatch(/guards\.hostsUsabel: the machine uses no guard "hostsUsabel"/);
  });
});

describe("the error codes' causes match the code table (content lint)", () => {
  const lint = (causes: typeof causeWords, codes: typeof HELLO_ERROR_CODES = HELLO_ERROR_CODES) =>
    causesProblems({ file: 'src/flows/hello-error-codes/causes.yaml', table: 'src/evidence/hello-error-codes.ts', causes, codes });

  it('hello-error-codes: every code of the table has a cause text, and the words name no other code', () => {
    expect(lint(causeWords)).toEqual([]);
  });

  it('names the file and the code: a code with no cause, a cause for a code the table lacks, the row with no code misplaced', () => {
    const causes = structuredClone(causeWords);
    delete causes.causes['0x801C03ED'];
    causes.causes['0x801C03DE'] = 'Misspelt code.';
    causes.uncodedRow = { under: '0x801C044E', cause: 'Unable to obtain user token.' };
    const problems = lint(causes).join('\n');
    expect(problems).toMatch(/^src\/flows\/hello-error-codes\/causes\.yaml: the code 0x801C03ED of src\/evidence\/hello-error-codes\.ts has no cause text/m);
    expect(problems).toMatch(/^src\/flows\/hello-error-codes\/causes\.yaml: causes\."0x801C03DE": src\/evidence\/hello-error-codes\.ts has no code 0x801C03DE/m);
    expect(problems).toMatch(/uncodedRow: .* keeps the row with no code under 0x801C044D, the words put it under 0x801C044E/);
    expect(lint(causeWords, HELLO_ERROR_CODES.slice(1)).join('\n')).toMatch(/causes\."0x80090005": .* has no code 0x80090005/);
  });
});

describe('a words file that does not match its schema stops the build with its file and line', () => {
  const file = `${process.cwd()}/src/flows/example/words.yaml`;
  const errorOf = (source: string) => {
    try {
      readWords(source, file);
    } catch (e) {
      expect(e).toBeInstanceOf(WordsError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it('a missing label: the line of the answer, and where in the file', () => {
    const message = errorOf(['steps:', '  joined:', '    kind: question', '    title: Joined?', '    answers:', '      - event: YES', '        hint: no label'].join('\n'));
    expect(message).toContain('src/flows/example/words.yaml:6:');
    expect(message).toContain('steps.joined.answers[0].label');
  });

  it('an unknown key, a wrong kind and a lower-case event', () => {
    const message = errorOf(['steps:', '  a:', '    kind: questoin', '    titel: A', '    answers:', '      - { event: yes, label: Yes }'].join('\n'));
    expect(message).toMatch(/words\.yaml:3:\d+: steps\.a\.kind/);
    expect(message).toMatch(/words\.yaml:4:\d+: steps\.a\.titel/);
    expect(message).toMatch(/words\.yaml:6:\d+: steps\.a\.answers\[0\]\.event: an answer event is written in capitals/);
  });

  it('a guards section: an empty text and a name that is not a guard name, with their lines', () => {
    const message = errorOf(['steps: {}', 'guards:', '  hostsUsable: ""', '  hosts-usable: the hosts can be used'].join('\n'));
    expect(message).toMatch(/words\.yaml:3:\d+: guards\.hostsUsable: must not be empty/);
    expect(message).toMatch(/words\.yaml:4:\d+: guards\.hosts-usable: a guard is named as in the machine/);
  });

  it('a matches section: an empty reason, a list where a text belongs, and an unknown top-level key', () => {
    const message = errorOf(['steps: {}', 'matches:', '  codeFound: ""', '  other: [a, b]'].join('\n'));
    expect(message).toMatch(/words\.yaml:3:\d+: matches\.codeFound: must not be empty/);
    expect(message).toMatch(/words\.yaml:4:\d+: matches\.other/);
    expect(errorOf(['steps: {}', 'matches:', '  codeFound: Found', 'reasonz:', '  a: b'].join('\n'))).toMatch(/words\.yaml:4:\d+: reasonz/);
  });

  it('a shared words file: an empty message names its file and line', () => {
    const shared = `${process.cwd()}/src/flows/shared/words/example.yaml`;
    try {
      readWords(['steps: {}', 'messages:', '  rowLabel: ""'].join('\n'), shared);
      throw new Error('no error');
    } catch (e) {
      expect((e as Error).message).toMatch(/src\/flows\/shared\/words\/example\.yaml:3:\d+: messages\.rowLabel: must not be empty/);
    }
  });

  it('one section alone (?matches, ?messages, ?guards): only that part is exported, still checked', () => {
    const plugin = wordsPlugin();
    const source = ['steps:', '  a: { kind: check, title: A }', 'matches:', '  found: Found {summary}', 'guards:', '  ok: it is ok'].join('\n');
    const only = (query: string) => JSON.parse(plugin.transform(source, `${file}?${query}`)!.code.replace(/^export default /, '').replace(/;\n$/, ''));
    expect(only('matches')).toEqual({ matches: { found: 'Found {summary}' } });
    expect(only('guards')).toEqual({ guards: { ok: 'it is ok' } });
    expect(only('messages')).toEqual({ messages: {} });
    expect(() => plugin.transform(source.replace('Found {summary}', '""'), `${file}?matches`)).toThrow(/words\.yaml:4:\d+: matches\.found/);
  });

  it('a causes file: a code not in quotes (YAML reads a number), a code in lower case, an empty cause and an empty list', () => {
    const causes = `${process.cwd()}/src/flows/example/causes.yaml`;
    const message = (() => {
      try {
        readWords(['causes:', '  "0x801C03ED": Fine.', '  0x801C03EE: Attestation failed.', '  "0x801c03ef": Lower case.', '  "0x801C03F0": ""', '  "0x801C03F1": []'].join('\n'), causes);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('no error');
    })();
    expect(message).toMatch(/src\/flows\/example\/causes\.yaml:3:\d+: causes\.\d+: a code is 0x and eight upper-case hex digits, in quotes/);
    expect(message).toMatch(/causes\.yaml:4:\d+: causes\.0x801c03ef: a code is 0x/);
    expect(message).toMatch(/causes\.yaml:5:\d+: causes\.0x801C03F0/);
    expect(message).toMatch(/causes\.yaml:6:\d+: causes\.0x801C03F1/);
    expect(message).not.toMatch(/causes\.yaml:2:/);
  });

  it('broken YAML: the line of the mistake', () => {
    expect(errorOf('steps:\n  a:\n    title: "unclosed\n')).toMatch(/words\.yaml:[34]:\d+: Missing closing/);
  });
});
