import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../paths';
import { ErrorPanel } from './ErrorPanel';
import { changeAnswer, sameAnswer } from '../cases/changeAnswer';
import { createCase, statusOf, withNote, withoutNote } from '../cases/caseOps';
import { MAX_STARTED_FROM_CHARS } from '../cases/schema';
import { caseStore } from '../cases/store';
import type { Case, CaseEvent, CaseNote } from '../cases/types';
import { useCases } from '../cases/useCases';
import { carriedEvidence, carryEvidence } from '../cases/carried';
import { openCase, startCase } from '../cases/openCase';
import { cleanAnswers, prefillEvents } from '../flows/shared/prefill';
import { stateIdOf } from '../flows/shared/replay';
import { replayTo } from '../cases/replayCache';
import { answerLabel, resolveText } from '../flows/shared/text';
import type { FlowDescriptor, Step } from '../flows/shared/types';
import { NotesPanel } from './cases/NotesPanel';
import { localTime } from './cases/files';
import type { AnswerChange, RunnerNoticesProps } from './RunnerNotices';
import { preloadOnIntent, runnerParts } from './runnerParts';
import { PathPanel } from './PathPanel';
import { StepView } from './StepView';
import { useDocumentTitle } from './useDocumentTitle';
import { useStableCallback } from './useStableCallback';
import { RunnerToolbar } from './RunnerToolbar';
import { plural, t } from '../words/messages';

export interface NavState {
  /** The position this history entry was pushed from; lets "Back" reuse the browser's history. */
  prev?: number;
  continued?: boolean;
  /** Evidence pasted before opening the flow (triage): steps it decides are pre-answered. */
  evidence?: string;
  /** How many steps were answered from that evidence. */
  prefilled?: number;
  /** Answers handed over by the flow that opened this one (guided triage), by state id. */
  answers?: unknown;
  /** The prefilled steps came (at least partly) from another flow's answers. */
  handedOver?: boolean;
}

/** Picks the case for this flow (from the URL, the latest unfinished one, or a new one) and runs it. */
export function CaseRunner({ descriptor }: { descriptor: FlowDescriptor }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const cases = useCases();
  const caseId = params.get('case');
  const location = useLocation();
  const carried = ((location.state ?? {}) as NavState).evidence;
  const handed = ((location.state ?? {}) as NavState).answers;
  const creating = useRef(false);

  useEffect(() => {
    if (caseId || creating.current) return;
    creating.current = true;
    const told = cleanAnswers(handed);
    if ((typeof carried === 'string' && carried.trim()) || told) {
      const c = createCase(descriptor.id, descriptor.title);
      const text = typeof carried === 'string' && carried.trim() ? carried : '';
      // Read off the main thread for big pastes (as the paste box does), then open the case.
      void (text ? carryEvidence(c.id, text) : Promise.resolve([])).then((findings) => {
        const events = prefillEvents(descriptor, findings, Date.now(), told);
        const startedFrom = text ? { startedFrom: { text: text.slice(0, MAX_STARTED_FROM_CHARS), at: c.createdAt } } : {};
        caseStore.save({ ...c, events, position: events.length, ...startedFrom });
        void navigate(paths.flowCase(descriptor.id, c.id, events.length), {
          replace: true,
          state: { prefilled: events.length, ...(told ? { handedOver: true } : {}) } satisfies NavState,
        });
      });
      return;
    }
    const { to, state } = openCase(descriptor.id, descriptor.title, cases);
    navigate(to, { replace: true, state: state satisfies NavState | undefined });
  }, [caseId, cases, descriptor, navigate, carried, handed]);

  useEffect(() => {
    if (caseId) creating.current = false;
  }, [caseId]);

  // A new case with no answers lives in memory only; after a reload its URL (step 0) starts it again.
  const c = caseId ? cases.find((x) => x.id === caseId) : undefined;
  const stepParam = params.get('step');
  const restartEmpty = !!caseId && !c && (stepParam === null || stepParam === '0') && /^[A-Za-z0-9_-]{1,64}$/.test(caseId);
  useEffect(() => {
    if (restartEmpty && caseId) caseStore.hold({ ...createCase(descriptor.id, descriptor.title), id: caseId });
  }, [restartEmpty, caseId, descriptor]);

  if (!caseId) return null;
  if (!c) return restartEmpty ? null : <runnerParts.MissingCase descriptor={descriptor} />;
  if (c.flowId !== descriptor.id) {
    return <ErrorPanel message={t('runner.wrongFlow')} />;
  }
  return <Runner key={c.id} descriptor={descriptor} c={c} />;
}

function Runner({ descriptor, c }: { descriptor: FlowDescriptor; c: Case }) {
  const { machine, content } = descriptor;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const nav = (location.state ?? {}) as NavState;
  // Each notice is new (n counts them), so the same warning twice in a row shows twice.
  const [notice, setNoticeState] = useState<{ text: string; n: number }>();
  const setNotice = useCallback((text: string | undefined) => setNoticeState((old) => (text ? { text, n: (old?.n ?? 0) + 1 } : undefined)), []);
  const [confirmRestart, setConfirmRestart] = useState(false);
  // The dialog and the message bar stay mounted once used, so they close with their own transitions.
  const [restartAsked, setRestartAsked] = useState(false);
  const [noticed, setNoticed] = useState(false);
  if (notice && !noticed) setNoticed(true);
  const [continued, setContinued] = useState(!!nav.continued);
  const [prefilled, setPrefilled] = useState(nav.prefilled ?? 0);
  const [sharing, setSharing] = useState(false);
  /** The last changed answer: what the case was before, for Undo, and what the change dropped. */
  const [change, setChange] = useState<AnswerChange & { before: Case; at: number }>();

  // One source of truth: the step shown is the case's answers replayed up to the position the URL names.
  const stepParam = params.get('step');
  const wanted = stepParam !== null && /^\d{1,4}$/.test(stepParam) ? Number(stepParam) : c.position;
  // Replays are cached per answer list and position: Back and Forward reuse them (and the objects drawn from them).
  const whole = replayTo(machine, c.events);
  const urlPosition = Math.min(Math.max(0, wanted), whole.trail.length);
  // A move made here is drawn in the click itself, before the router commits the new URL a task later. It holds only
  // while the URL is the one it was made from: the moment the location changes it is dropped and the URL rules again.
  const [pending, setPending] = useState<{ from: string; to: number }>();
  if (pending && pending.from !== location.key) setPending(undefined);
  const inFlight = pending?.from === location.key ? pending.to : undefined;
  const position = Math.min(inFlight ?? urlPosition, whole.trail.length);
  const replayed = position === whole.trail.length ? whole : replayTo(machine, c.events, position);
  const { snapshot } = replayed;
  const rejectedAt = whole.rejectedAt;
  const at = position;
  const stateId = stateIdOf(snapshot);
  const step = content.steps[stateId];
  const title = step ? resolveText(step.title, snapshot.context) : stateId;
  const endState = stateIdOf(whole.snapshot);
  const endStep = content.steps[endState];
  const endTitle = endStep ? resolveText(endStep.title, whole.snapshot.context) : endState;
  useDocumentTitle(`${title} · ${descriptor.title}`);

  // A URL naming a step the answers don't reach (or none) is corrected in place, so the URL always names the step shown.
  useEffect(() => {
    if (inFlight === undefined && stepParam !== String(urlPosition)) {
      void navigate(paths.flowCase(descriptor.id, c.id, urlPosition), { replace: true, state: location.state });
    }
  }, [inFlight, stepParam, urlPosition, navigate, descriptor.id, c.id, location.state]);

  // Remember where the person is, so reopening the case lands on the same step.
  // Runs when the step changes here, not when another tab saves (that would make two tabs echo each other's position).
  // Written when the browser is idle (or the page is left), not while the next step is drawn.
  useEffect(() => caseStore.rememberPositionSoon(c.id, at), [at, c.id]);

  // Another tab changed this case: its version wins, and the person is told.
  const ownWrites = useRef(new Set<number>([c.updatedAt]));
  useEffect(() => {
    if (!ownWrites.current.has(c.updatedAt)) {
      ownWrites.current.add(c.updatedAt);
      setNotice(t('runner.changedElsewhere'));
      navigate(paths.flowCase(descriptor.id, c.id, c.position), { replace: true });
    }
    // Only a new version of the case matters here; the other values come with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [c.updatedAt]);

  const save = (next: Case) => {
    ownWrites.current.add(next.updatedAt);
    const res = caseStore.save(next, c);
    if (!res.ok) setNotice(res.reason);
    else if (res.merged) setNotice(t(plural(res.merged, 'runner.notesMerged.one', 'runner.notesMerged.other'), { count: res.merged }));
  };

  const go = (to: number, replace = false) => {
    setPending({ from: location.key, to });
    return navigate(paths.flowCase(descriptor.id, c.id, to), replace ? { replace: true } : { state: { prev: at } satisfies NavState });
  };

  const answer = useStableCallback((event: CaseEvent) => {
    setChange(undefined);
    // The same answer again (after Back or Change): move on; the later answers stay.
    if (at < whole.trail.length && sameAnswer(c.events[at], event)) {
      go(at + 1);
      return;
    }
    const stamped: CaseEvent = { ...event, meta: { via: 'answer', ...event.meta, at: Date.now() } };
    const changed = at < whole.trail.length ? changeAnswer(machine, c.events, at, stamped) : undefined;
    const events = changed ? changed.events : [...c.events.slice(0, at), stamped];
    const r = replayTo(machine, events);
    if (r.rejectedAt !== undefined) {
      setNotice(t('runner.answerRefused'));
      return;
    }
    const to = at + 1 + (changed?.kept ?? 0);
    save({ ...c, events, position: to, status: statusOf(r.snapshot, content), updatedAt: Date.now() });
    setContinued(false);
    if (changed) {
      setChange({
        before: c,
        at,
        title,
        kept: changed.kept,
        dropped: changed.dropped.map((t) => {
          const s = content.steps[t.stateId];
          return `${s ? resolveText(s.title, t.context) : t.stateId} — ${answerLabel(content, t.stateId, t.event)}`;
        }),
      });
    }
    go(to);
  });

  const undoChange = useStableCallback(() => {
    if (!change) return;
    save({ ...change.before, position: change.at, updatedAt: Date.now() });
    setChange(undefined);
    go(change.at, true);
  });

  const back = useStableCallback(() => {
    if (at === 0 || inFlight !== undefined) return;
    if (nav.prev === at - 1) {
      setPending({ from: location.key, to: at - 1 });
      void navigate(-1);
    }
    else go(at - 1, true);
  });

  const restart = useStableCallback(() => {
    setConfirmRestart(false);
    save({ ...c, events: [], notes: [], position: 0, status: 'in-progress', updatedAt: Date.now() });
    go(0);
  });

  const newCase = useStableCallback(() => navigate(startCase(descriptor.id, descriptor.title)));
  const askRestart = useCallback(() => {
    setRestartAsked(true);
    setConfirmRestart(true);
  }, []);
  const cancelRestart = useCallback(() => setConfirmRestart(false), []);
  const openShare = useCallback(() => setSharing(true), []);
  const closeShare = useCallback(() => setSharing(false), []);
  const goTo = useStableCallback((i: number) => go(i));
  // A case with no answers yet is new: no start time (none is worth showing; the prerendered page has none either).
  const fresh = c.events.length === 0;
  const caseName = useMemo(
    () => (fresh ? t('runner.caseNameNew', { title: c.title }) : t('runner.caseName', { title: c.title, time: localTime(c.createdAt) })),
    [fresh, c.title, c.createdAt],
  );
  const closeNotice = useCallback(() => setNotice(undefined), [setNotice]);
  const stepNotes = useMemo(() => c.notes.filter((n) => n.step === at && n.stateId === stateId), [c.notes, at, stateId]);
  const addNote = useStableCallback((text: string) => save(withNote(c, { step: at, stateId, text })));
  const removeNote = useStableCallback((n: CaseNote) => save(withoutNote(c, n)));

  // Evidence pasted on the home page waits in the paste box of each later step it answers.
  const carriedNow = carriedEvidence(c.id);
  const pasteFor = (s: Step<unknown>, ctx: unknown) =>
    carriedNow && s.kind === 'evidence' && s.read?.(carriedNow.findings, ctx) ? carriedNow.text : undefined;

  const closeChange = useCallback(() => setChange(undefined), []);
  const notices = noticesOf({
    continued: continued && at > 0 ? { onClose: () => setContinued(false), onNewCase: newCase } : undefined,
    prefilled: prefilled > 0 && at >= prefilled ? { count: prefilled, handedOver: !!nav.handedOver, onClose: () => setPrefilled(0) } : undefined,
    pasteNoAnswer: prefilled === 0 && nav.prefilled === 0 && !nav.handedOver,
    change: change && { title: change.title, kept: change.kept, dropped: change.dropped, onUndo: undoChange, onClose: closeChange },
    refusedAt: rejectedAt !== undefined ? whole.trail.length + 1 : undefined,
  });

  if (!step) return <ErrorPanel message={t('runner.noScreen', { step: stateId })} />;

  return (
    // A pointer over the runner or a focused control: the next step may need an evidence form or an outcome card.
    <div className="runner" onPointerOver={preloadOnIntent} onFocus={preloadOnIntent}>
      <RunnerToolbar
        title={descriptor.title}
        caseName={caseName}
        canGoBack={at > 0}
        canRestart={c.events.length > 0}
        mapTo={paths.flowMap(descriptor.id, c.id)}
        reportTo={paths.report(c.id)}
        onBack={back}
        onRestart={askRestart}
        onNewCase={newCase}
        onShare={openShare}
      />
      {notices && <runnerParts.Notices {...notices} />}
      {/* Laid out in plain CSS (.runner, .runner-columns in global.css): a step move re-renders no layout component. */}
      <div className="runner-columns">
        <div>
          <StepView
            stateId={stateId}
            step={step}
            ctx={snapshot.context}
            content={content}
            focusKey={`${at}:${stateId}`}
            onAnswer={answer}
            initialPaste={pasteFor(step, snapshot.context)}
            previous={c.events[at]}
            outcomeExtra={step.kind === 'outcome' ? <runnerParts.HandOver c={c} descriptor={descriptor} onShare={openShare} onNotice={setNotice} /> : undefined}
          />
        </div>
        <div className="no-print">
          <PathPanel trail={whole.trail} at={at} content={content} endTitle={endTitle} onGoTo={goTo} />
          <NotesPanel key={`${at}:${stateId}`} stepNumber={at + 1} notes={stepNotes} onAdd={addNote} onRemove={removeNote} />
        </div>
      </div>
      {restartAsked && (
        <runnerParts.Confirm
          open={confirmRestart}
          title={t('runner.restart.title')}
          text={t('runner.restart.text')}
          confirm={t('runner.restart.confirm')}
          onConfirm={restart}
          onCancel={cancelRestart}
        />
      )}
      {sharing && <runnerParts.Share open onClose={closeShare} c={c} descriptor={descriptor} />}
      {noticed && <runnerParts.Snackbar notice={notice} onClose={closeNotice} />}
    </div>
  );
}

/** The notices that apply, or undefined when none does (a plain step then loads no MUI). */
function noticesOf(n: RunnerNoticesProps): RunnerNoticesProps | undefined {
  return n.continued || n.prefilled || n.pasteNoAnswer || n.change || n.refusedAt !== undefined ? n : undefined;
}
