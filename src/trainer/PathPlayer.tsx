import { useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Slider from '@mui/material/Slider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Pause from '@mui/icons-material/Pause';
import PlayArrow from '@mui/icons-material/PlayArrow';
import OpenInNew from '@mui/icons-material/OpenInNew';
import AccountTree from '@mui/icons-material/AccountTree';
import type { CaseEvent } from '../cases/types';
import { StepView } from '../components/StepView';
import type { ExploredPath } from '../flows/shared/explore';
import { replay, stateIdOf } from '../flows/shared/replay';
import { answerLabel } from '../flows/shared/text';
import type { FlowDescriptor } from '../flows/shared/types';
import { t } from '../words/messages';

interface Props {
  descriptor: FlowDescriptor;
  path: ExploredPath;
  /** Shown in the heading, e.g. "Path 3". */
  name: string;
  onOpenCase: (position: number) => void;
  /** Shows the path on the map, played up to `position`. */
  onShowOnMap: (position: number) => void;
}

/** Keys the player leaves alone: typing, sliders, tabs and menus use the arrows themselves. */
function ownsArrows(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return !!target.closest('[role="slider"],[role="tab"],[role="tablist"],[role="menu"],[role="listbox"],[role="radiogroup"],.react-flow');
}

/** Plays one path step by step: the real step screens, with the path's answers and the flow's sample evidence. */
export function PathPlayer({ descriptor, path, name, onOpenCase, onShowOnMap }: Props) {
  const { machine, content } = descriptor;
  const last = path.events.length;
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [pace, setPace] = useState(3);
  const [notice, setNotice] = useState<string>();
  const controls = useRef<HTMLDivElement>(null);
  const screen = useRef<HTMLDivElement>(null);
  const keep = useRef<Element | null>(null);

  const { snapshot } = useMemo(() => replay(machine, path.events.slice(0, position)), [machine, path, position]);
  const stateId = stateIdOf(snapshot);
  const step = content.steps[stateId];
  const next = position < last ? answerLabel(content, stateId, path.events[position]) : undefined;

  const move = (to: number) => {
    const active = document.activeElement;
    keep.current = active && controls.current?.contains(active) ? active : null;
    setNotice(undefined);
    setPosition(Math.max(0, Math.min(last, to)));
  };

  // The step screen moves focus to its heading in the next frame; a person using the player's buttons keeps theirs.
  // (The step screen is a child: its frame callback is asked for first, so this one runs after it.)
  useEffect(() => {
    const el = keep.current as HTMLElement | null;
    keep.current = null;
    if (!el) return;
    const frame = requestAnimationFrame(() => {
      if (el.isConnected && !(el as HTMLButtonElement).disabled) el.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [position]);

  // The answer this path gives is brought into view once the step screen has shown its heading (a frame later).
  useEffect(() => {
    if (position >= last) return;
    const type = path.events[position].type;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        const buttons = [...(screen.current?.querySelectorAll<HTMLElement>('button') ?? [])];
        const answer = buttons.find((b) => b.dataset.event === type) ?? buttons.find((b) => b.textContent?.trim() === next);
        answer?.scrollIntoView?.({ block: 'nearest' });
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [position, last, path, next]);

  useEffect(() => {
    if (!playing) return;
    if (position >= last) {
      setPlaying(false);
      return;
    }
    const t = setTimeout(() => move(position + 1), pace * 1000);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, position, pace, last]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || ownsArrows(e.target)) return;
      if (e.key === 'ArrowRight') move(position + 1);
      else if (e.key === 'ArrowLeft') move(position - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const onAnswer = (event: CaseEvent) => {
    if (position < last && event.type === path.events[position].type) move(position + 1);
    else setNotice(next ? t('trainer.player.goesOn', { next }) : t('trainer.player.end'));
  };

  return (
    <Stack spacing={2} component="section" aria-label={t('trainer.player.label')}>
      <Box ref={controls} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
        <Typography variant="h3" component="h2" aria-live="polite" sx={{ flexGrow: 1, minWidth: 200 }}>
          {t('trainer.player.position', { name, step: position + 1, total: last + 1 })}
        </Typography>
        <Button variant="outlined" startIcon={<ChevronLeft />} onClick={() => move(position - 1)} disabled={position === 0}>
          {t('trainer.player.previous')}
        </Button>
        <Button variant="contained" endIcon={<ChevronRight />} onClick={() => move(position + 1)} disabled={position >= last}>
          {t('trainer.player.next')}
        </Button>
        <Button
          variant="outlined"
          startIcon={playing ? <Pause /> : <PlayArrow />}
          onClick={() => (playing ? setPlaying(false) : (position >= last && move(0), setPlaying(true)))}
          aria-pressed={playing}
        >
          {playing ? t('trainer.player.pause') : t('trainer.player.autoplay')}
        </Button>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, minWidth: 220 }}>
          <Typography id="pace-label" variant="body2">
            {t('trainer.player.pace')}
          </Typography>
          <Slider
            value={pace}
            min={1}
            max={10}
            step={1}
            marks
            valueLabelDisplay="auto"
            onChange={(_, v) => setPace(v as number)}
            slotProps={{ input: { 'aria-labelledby': 'pace-label' } }}
            sx={{ width: 120 }}
          />
          <Typography variant="body2" aria-hidden>
            {t('trainer.player.seconds', { n: pace })}
          </Typography>
        </Box>
        <Button startIcon={<OpenInNew />} onClick={() => onOpenCase(position)}>
          {t('trainer.player.openCase')}
        </Button>
        <Button startIcon={<AccountTree />} onClick={() => onShowOnMap(position)}>
          {t('trainer.player.showOnMap')}
        </Button>
      </Box>
      <Typography variant="body2" color="textSecondary">
        {t('trainer.player.keys')}
      </Typography>
      {next && (
        <Alert severity="info" variant="outlined">
          {t('trainer.player.answers')} <strong>{next}</strong>
        </Alert>
      )}
      {notice && <Alert severity="warning">{notice}</Alert>}
      {step ? (
        <Box
          ref={screen}
          sx={
            position < last
              ? {
                  // The answer this path gives, marked on the step's own buttons.
                  [`& button[data-event=${JSON.stringify(path.events[position].type)}]`]: { outline: '3px dashed', outlineColor: 'text.primary', outlineOffset: 3 },
                }
              : undefined
          }
        >
          <StepView stateId={stateId} step={step} ctx={snapshot.context} content={content} focusKey={`${name}:${position}`} onAnswer={onAnswer} initialPaste={step.kind === 'evidence' ? step.sample : undefined} />
        </Box>
      ) : (
        <Alert severity="error">{t('trainer.player.noScreen', { step: stateId })}</Alert>
      )}
    </Stack>
  );
}
