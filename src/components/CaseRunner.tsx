import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../paths';
import { ErrorPanel } from './ErrorPanel';
import { createCase, statusOf, withAnswer, withNote, withoutNote } from '../cases/caseOps';
import { caseStore } from '../cases/store';
import type { Case, CaseEvent, CaseNote } from '../cases/types';
import { useCases } from '../cases/useCases';
import { carriedEvidence, carryEvidence } from '../cases/carried';
import { openCase, startCase } from '../cases/openCase';
import { cleanAnswers, prefillEvents } from '../flows/shared/prefill';
import { replay, stateIdOf } from '../flows/shared/replay';
import { resolveText } from '../flows/shared/text';
import type { FlowDescriptor, Step } from '../flows/shared/types';
import { ConfirmDialog } from './ConfirmDialog';
import { NotesPanel } from './cases/NotesPanel';
import { ShareDialog } from './cases/ShareDialog';
import { PathPanel } from './PathPanel';
import { StepView } from './StepView';
import { useDocumentTitle } from './useDocumentTitle';
import { useStableCallback } from './useStableCallback';
import { RunnerToolbar } from './RunnerToolbar';

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
      const findings = typeof carried === 'string' && carried.trim() ? carryEvidence(c.id, carried) : [];
      const events = prefillEvents(descriptor, findings, Date.now(), told);
      caseStore.save({ ...c, events, position: events.length });
      navigate(paths.flowCase(descriptor.id, c.id, events.length), { replace: true, state: { prefilled: events.length, ...(told ? { handedOver: true } : {}) } satisfies NavState });
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
  if (!c) return restartEmpty ? null : <MissingCase descriptor={descriptor} />;
  if (c.flowId !== descriptor.id) {
    return <ErrorPanel message="This case belongs to a different flow." />;
  }
  return <Runner key={c.id} descriptor={descriptor} c={c} />;
}

function MissingCase({ descriptor }: { descriptor: FlowDescriptor }) {
  const navigate = useNavigate();
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h1" gutterBottom>
        This case is not in this browser
      </Typography>
      <Typography sx={{ mb: 2 }}>Cases are kept in the browser where they were worked on. It may have been deleted, or the link came from another computer.</Typography>
      <Button variant="contained" onClick={() => navigate(paths.flow(descriptor.id), { replace: true })}>
        Start “{descriptor.title}”
      </Button>
    </Paper>
  );
}

function Runner({ descriptor, c }: { descriptor: FlowDescriptor; c: Case }) {
  const { machine, content } = descriptor;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const nav = (location.state ?? {}) as NavState;
  const [notice, setNotice] = useState<string>();
  const [confirmRestart, setConfirmRestart] = useState(false);
  const [continued, setContinued] = useState(!!nav.continued);
  const [prefilled, setPrefilled] = useState(nav.prefilled ?? 0);
  const [sharing, setSharing] = useState(false);

  // The step shown comes from the URL. A move made here shows at once (`moving`), without waiting for the router
  // (the browser answers "back" a few milliseconds later); the URL then catches up and `moving` no longer applies.
  const [moving, setMoving] = useState<{ from: string; to: number }>();
  const stepParam = params.get('step');
  const wanted = moving?.from === location.key ? moving.to : stepParam !== null && /^\d{1,4}$/.test(stepParam) ? Number(stepParam) : c.position;
  const position = Math.min(Math.max(0, wanted), c.events.length);
  const replayed = useMemo(() => replay(machine, c.events.slice(0, position)), [machine, c.events, position]);
  const { snapshot, trail, rejectedAt } = replayed;
  const at = trail.length;
  const stateId = stateIdOf(snapshot);
  const step = content.steps[stateId];
  const title = step ? resolveText(step.title, snapshot.context) : stateId;
  useDocumentTitle(`${title} · ${descriptor.title}`);

  // Remember where the person is, so reopening the case lands on the same step.
  // Runs when the step changes here, not when another tab saves (that would make two tabs echo each other's position).
  useEffect(() => caseStore.rememberPosition(c.id, at), [at, c.id]);

  // Another tab changed this case: its version wins, and the person is told.
  const ownWrites = useRef(new Set<number>([c.updatedAt]));
  useEffect(() => {
    if (!ownWrites.current.has(c.updatedAt)) {
      ownWrites.current.add(c.updatedAt);
      setNotice('This case was changed in another tab. Showing the latest version.');
      navigate(paths.flowCase(descriptor.id, c.id, c.position), { replace: true });
    }
    // Only a new version of the case matters here; the other values come with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [c.updatedAt]);

  const save = (next: Case) => {
    ownWrites.current.add(next.updatedAt);
    const res = caseStore.save(next);
    if (!res.ok) setNotice(res.reason);
  };

  /** Shows step `to` now; the navigation that follows brings the URL to it. */
  const showStep = (to: number) => setMoving({ from: location.key, to });

  const go = (to: number, replace = false) => {
    showStep(to);
    return navigate(paths.flowCase(descriptor.id, c.id, to), replace ? { replace: true } : { state: { prev: at } satisfies NavState });
  };

  const answer = useStableCallback((event: CaseEvent) => {
    const next = withAnswer(c, at, event);
    const r = replay(machine, next.events);
    if (r.rejectedAt !== undefined) {
      setNotice('That answer does not fit this step. Check the values and try again.');
      return;
    }
    save({ ...next, status: statusOf(r.snapshot, content) });
    setContinued(false);
    go(next.events.length);
  });

  const back = useStableCallback(() => {
    if (at === 0) return;
    if (nav.prev === at - 1) {
      showStep(at - 1);
      void navigate(-1);
    } else go(at - 1, true);
  });

  const restart = useStableCallback(() => {
    setConfirmRestart(false);
    save({ ...c, events: [], notes: [], position: 0, status: 'in-progress', updatedAt: Date.now() });
    go(0);
  });

  const newCase = useStableCallback(() => navigate(startCase(descriptor.id, descriptor.title)));
  const askRestart = useCallback(() => setConfirmRestart(true), []);
  const cancelRestart = useCallback(() => setConfirmRestart(false), []);
  const openShare = useCallback(() => setSharing(true), []);
  const closeShare = useCallback(() => setSharing(false), []);
  const goTo = useStableCallback((i: number) => go(i));
  const stepNotes = useMemo(() => c.notes.filter((n) => n.step === at && n.stateId === stateId), [c.notes, at, stateId]);
  const addNote = useStableCallback((text: string) => save(withNote(c, { step: at, stateId, text })));
  const removeNote = useStableCallback((n: CaseNote) => save(withoutNote(c, n)));

  // Evidence pasted on the home page waits in the paste box of each later step it answers.
  const carriedNow = carriedEvidence(c.id);
  const pasteFor = (s: Step<unknown>, ctx: unknown) =>
    carriedNow && s.kind === 'evidence' && s.read?.(carriedNow.findings, ctx) ? carriedNow.text : undefined;

  if (!step) return <ErrorPanel message={`This flow has no screen for the step “${stateId}”.`} />;

  return (
    <Stack spacing={2}>
      <RunnerToolbar
        title={descriptor.title}
        canGoBack={at > 0}
        canRestart={c.events.length > 0}
        mapTo={paths.flowMap(descriptor.id, c.id)}
        reportTo={paths.report(c.id)}
        onBack={back}
        onRestart={askRestart}
        onNewCase={newCase}
        onShare={openShare}
      />
      {continued && at > 0 && (
        <Alert severity="info" onClose={() => setContinued(false)} action={<Button color="inherit" size="small" onClick={newCase}>Start a new case</Button>}>
          You are continuing the case you started earlier.
        </Alert>
      )}
      {prefilled > 0 && at >= prefilled && (
        <Alert severity="success" onClose={() => setPrefilled(0)}>
          {nav.handedOver
            ? `${prefilled === 1 ? 'One step was' : `${prefilled} steps were`} answered from what you told the guided triage. Select one in the list of steps to change its answer.`
            : `${prefilled === 1 ? 'One step was' : `${prefilled} steps were`} answered from the evidence you pasted. They are marked “from evidence” in the list of steps; select one to change its answer.`}
        </Alert>
      )}
      {prefilled === 0 && nav.prefilled === 0 && !nav.handedOver && (
        <Alert severity="info">The evidence you pasted does not answer the first step of this flow, so it starts at the beginning.</Alert>
      )}
      {rejectedAt !== undefined && (
        <Alert severity="warning">
          Some saved answers no longer fit this flow, so the case continues from step {at + 1}. Nothing else was changed.
        </Alert>
      )}
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 8 }}>
          <StepView
            stateId={stateId}
            step={step}
            ctx={snapshot.context}
            content={content}
            focusKey={`${at}:${stateId}`}
            onAnswer={answer}
            initialPaste={pasteFor(step, snapshot.context)}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }} className="no-print">
          <PathPanel trail={trail} content={content} currentTitle={title} onGoTo={goTo} />
          <NotesPanel key={`${at}:${stateId}`} stepNumber={at + 1} notes={stepNotes} onAdd={addNote} onRemove={removeNote} />
        </Grid>
      </Grid>
      <ConfirmDialog
        open={confirmRestart}
        title="Start this case over?"
        text="All answers in this case will be cleared. This cannot be undone."
        confirm="Start over"
        onConfirm={restart}
        onCancel={cancelRestart}
      />
      {sharing && <ShareDialog open onClose={closeShare} c={c} descriptor={descriptor} />}
      <Snackbar open={!!notice} autoHideDuration={8000} onClose={() => setNotice(undefined)} message={notice} />
    </Stack>
  );
}
