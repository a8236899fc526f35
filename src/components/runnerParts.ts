import type { ComponentProps, ComponentType, ReactNode } from 'react';
import type { EvidenceStepView } from './EvidenceStepView';
import type { OutcomeView } from './OutcomeView';
import { lazyPart, themedPart } from './themedLazy';

type EvidenceProps = ComponentProps<typeof EvidenceStepView<unknown>>;
type OutcomeProps = ComponentProps<typeof OutcomeView<unknown>>;
/** The two step views are generic in the flow's context, as StepView is. */
type Preload = { preload: () => Promise<unknown> };
type EvidencePart = (<C>(props: ComponentProps<typeof EvidenceStepView<C>>) => ReactNode) & Preload;
type OutcomePart = (<C>(props: ComponentProps<typeof OutcomeView<C>>) => ReactNode) & Preload;

const HandOver = lazyPart(async () => (await import('./cases/HandOverBox')).HandOverBox);

/**
 * The runner's parts that load on first use: the evidence form (with the evidence analysis code), the outcome card and
 * the hand-over box, all plain elements, and those that use MUI (notices, message bar, dialogs, note form). A flow
 * page's first visit draws its first step with plain elements only, so a part loads when first needed, or ahead of it
 * when the person points at or focuses the runner (preloadRunnerParts), never while the page starts; MUI and its theme
 * load with the first part that uses them.
 */
export const runnerParts = {
  Evidence: lazyPart(async () => (await import('./EvidenceStepView')).EvidenceStepView as ComponentType<EvidenceProps>) as unknown as EvidencePart,
  // Every outcome card holds the hand-over box: both load together, so the card is drawn whole when it comes (the box
  // started loading only once the card was drawn, one more round trip).
  Outcome: lazyPart(async () => (await Promise.all([import('./OutcomeView'), HandOver.preload()]))[0].OutcomeView as ComponentType<OutcomeProps>) as unknown as OutcomePart,
  HandOver,
  Notices: themedPart(async () => (await import('./RunnerNotices')).RunnerNotices),
  Snackbar: themedPart(async () => (await import('./RunnerSnackbar')).RunnerSnackbar),
  Confirm: themedPart(async () => (await import('./ConfirmDialog')).ConfirmDialog),
  Share: themedPart(async () => (await import('./cases/ShareDialog')).ShareDialog),
  NoteForm: themedPart(async () => (await import('./cases/NoteForm')).NoteForm),
  MissingCase: themedPart(async () => (await import('./MissingCase')).MissingCase),
};

let started = false;

/** Loads the parts a next step may need (evidence form, outcome card, notices, note form), once. */
export function preloadRunnerParts(): void {
  if (started) return;
  started = true;
  const { Evidence, Outcome, HandOver, Notices, Snackbar, NoteForm } = runnerParts;
  // When the browser is next idle: a click that follows the pointer at once is drawn and painted first, not after MUI's
  // code has been compiled. A part that fails to load here (offline) is tried again when it is drawn. The mark tells a
  // trace (and the tests) when every part is ready.
  const load = () =>
    void Promise.all([Evidence, Outcome, HandOver, Notices, Snackbar, NoteForm].map((part) => part.preload())).then(
      () => performance.mark('whfb:parts'),
      () => undefined,
    );
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load, 100);
}

/**
 * Loads the part a prerendered step shows (a flow whose first step is an evidence form; the build prerenders first steps
 * only, and none is an outcome) before the page is hydrated: a part still loading when hydration reaches it would be
 * drawn anew instead of hydrated. Nothing to load: undefined.
 */
export function preloadStaticParts(root: Element): Promise<unknown> | undefined {
  return root.querySelector('[data-step-kind="evidence"]') ? runnerParts.Evidence.preload() : undefined;
}

/**
 * For the runner's pointer and focus events: a pointer over it, or focus on one of its controls, means a move may come
 * next. The step heading's own focus (given on every new step, the first one included) is not a sign of that.
 */
export function preloadOnIntent(e: { type: string; target: EventTarget }): void {
  if (e.type === 'focus' && !(e.target instanceof Element && e.target.matches('button, a, input, textarea, select'))) return;
  preloadRunnerParts();
}
