/**
 * Loads the runner's parts that use MUI, as a pointer over the runner does in the browser, so a move draws them in the
 * same render. Tests of what a person sees at a step call it first; tests/components/runner-parts.test.tsx covers a
 * part drawn before its code has arrived.
 */
export async function loadRunnerParts(): Promise<void> {
  const { runnerParts } = await import('../../src/components/runnerParts');
  await Promise.all(Object.values(runnerParts).map((p) => p.preload()));
}
