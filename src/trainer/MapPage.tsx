import { Suspense, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import Fullscreen from '@mui/icons-material/Fullscreen';
import FullscreenExit from '@mui/icons-material/FullscreenExit';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { Loading } from '../components/Loading';
import { NotFound } from '../components/NotFound';
import { paths } from '../paths';
import { caseStore } from '../cases/store';
import type { Case } from '../cases/types';
import { useCases } from '../cases/useCases';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { isFlowId, type FlowId } from '../flows/ids';
import { flowMeta, loadFlow } from '../flows/registry';
import { outcomePaths, shortestPaths, type ExploredPath } from '../flows/shared/explore';
import type { FlowDescriptor } from '../flows/shared/types';
import { caseFromEvents, demoCaseFor, trailOf } from './demo';
import { FlowMap } from './FlowMap';
import { FlowOutline } from './FlowOutline';
import { flowGraph } from './graph';
import { LARGE, NORMAL, type Placed } from './layout';
import { PartPicker } from './PartPicker';
import { splitMap, type Room } from './parts';
import { useFillWindow } from './useFillWindow';
import { visuallyHidden } from '../components/visuallyHidden';
import { Legend } from './Legend';
import { PathExplorer } from './PathExplorer';
import { pathList } from './pathList';
import { plural, t } from '../words/messages';

const VIEWS = ['map', 'paths', 'outline'] as const;
type View = (typeof VIEWS)[number];
const LARGE_KEY = 'whfb:trainer:large-text';
const EMPTY: Placed = { nodes: [], edges: [], width: 0, height: 0 };

/** Route module for /flows/:flowId/map (loaded on demand, with the graph libraries). */
export function MapPage() {
  const { flowId = '' } = useParams();
  if (!isFlowId(flowId) || !flowMeta(flowId)) return <NotFound what="flow" />;
  return (
    <Suspense fallback={<Loading />}>
      <LoadedMap key={flowId} flowId={flowId} />
    </Suspense>
  );
}

function LoadedMap({ flowId }: { flowId: FlowId }) {
  return <TrainerView descriptor={use(loadFlow(flowId))} />;
}

function readLarge(): boolean {
  try {
    return localStorage.getItem(LARGE_KEY) === '1';
  } catch {
    return false;
  }
}

function TrainerView({ descriptor }: { descriptor: FlowDescriptor }) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const cases = useCases();
  const [notice, setNotice] = useState<string>();
  const [large, setLarge] = useState(readLarge);
  useDocumentTitle(t('trainer.map.documentTitle', { title: descriptor.title }));

  const viewParam = params.get('view') ?? 'map';
  const view: View = (VIEWS as readonly string[]).includes(viewParam) ? (viewParam as View) : 'map';
  const caseId = params.get('case');
  const c = caseId ? cases.find((x) => x.id === caseId) : undefined;
  const ownCase = c && c.flowId === descriptor.id ? c : undefined;

  const graph = useMemo(() => flowGraph(descriptor), [descriptor]);
  const shortest = useMemo(() => shortestPaths(descriptor), [descriptor]);
  // Every simple path can take a second on big flows: worked out once, when the Paths tab first opens,
  // after the tab has shown that it is working.
  const [explored, setAllPaths] = useState<ExploredPath[]>();
  const list = useMemo(() => (explored ? pathList(descriptor, graph, explored) : undefined), [descriptor, graph, explored]);
  const allPaths = list?.paths;
  const wantsPath = params.get('path') !== null;
  useEffect(() => {
    if ((view !== 'paths' && !wantsPath) || explored) return;
    const t = setTimeout(() => setAllPaths(outcomePaths(descriptor)), 30);
    return () => clearTimeout(t);
  }, [view, wantsPath, explored, descriptor]);
  const sizes = large ? LARGE : NORMAL;
  const [room, setRoom] = useState<Room>();
  const parts = useMemo(() => (room ? splitMap(graph, sizes, room) : undefined), [graph, sizes, room]);
  const pathParam = Number(params.get('path'));
  const selected = Number.isInteger(pathParam) && pathParam >= 1 && pathParam <= (allPaths?.length ?? 0) ? pathParam - 1 : undefined;
  const badPath = !!allPaths && params.get('path') !== null && selected === undefined;
  const played = !ownCase && view === 'map' && selected !== undefined ? allPaths![selected] : undefined;
  const atParam = Number(params.get('at'));
  const playedAt = played ? (Number.isInteger(atParam) && atParam >= 0 && atParam <= played.events.length ? atParam : played.events.length) : 0;
  const trail = useMemo(() => {
    if (ownCase) return trailOf(descriptor, ownCase.events.slice(0, ownCase.position));
    return played ? trailOf(descriptor, played.events.slice(0, playedAt)) : undefined;
  }, [descriptor, ownCase, played, playedAt]);
  const partParam = Number(params.get('part'));
  const [reveal, setReveal] = useState<string>();
  const partIndex = !parts
    ? 0
    : Number.isInteger(partParam) && partParam >= 1 && partParam <= parts.length
      ? partParam - 1
      : Math.max(0, parts.findIndex((p) => p.steps.includes(trail?.current ?? graph.initial)));
  const part = parts?.[partIndex];
  const showPart = useCallback(
    (index: number, stateId?: string) => {
      setReveal(stateId);
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('part', String(index + 1));
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const setParam = (changes: Record<string, string | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined) next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );

  const open = useCallback(
    (made: Case | undefined, position?: number) => {
      if (!made) {
        setNotice(t('trainer.map.noWay'));
        return;
      }
      const at = position ?? made.events.length;
      caseStore.save({ ...made, position: at });
      navigate(paths.flowCase(descriptor.id, made.id, at));
    },
    [descriptor.id, navigate],
  );

  const jump = useCallback((stateId: string) => open(demoCaseFor(descriptor, shortest, stateId)), [descriptor, shortest, open]);
  const openPath = (path: ExploredPath, position: number) => open(caseFromEvents(descriptor, path.events), position);

  const frame = useRef<HTMLDivElement>(null);
  const fill = useFillWindow(frame);
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    const sync = () => setFullScreen(!!document.fullscreenElement && document.fullscreenElement === frame.current);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else frame.current?.requestFullscreen?.().catch(() => setNotice(t('trainer.map.noFullScreen')));
  };

  const toggleLarge = (on: boolean) => {
    setLarge(on);
    try {
      localStorage.setItem(LARGE_KEY, on ? '1' : '0');
    } catch {
      // Not stored: the choice lasts until the page closes.
    }
  };

  return (
    <Stack spacing={1}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 1, mt: { sm: -2 } }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="overline" component="p" color="textSecondary">
            {t('trainer.map.overline')}
          </Typography>
          <Typography variant="h1" sx={{ fontSize: { xs: '1.3rem', sm: '1.6rem' } }}>
            {descriptor.title}
          </Typography>
        </Box>
        <Tabs value={view} onChange={(_, v: View) => setParam({ view: v === 'map' ? undefined : v })} aria-label={t('trainer.map.views')}>
          <Tab label={t('trainer.map.tabMap')} value="map" id="tab-map" aria-controls="panel-map" />
          <Tab label={t('trainer.map.tabPaths')} value="paths" id="tab-paths" aria-controls="panel-paths" />
          <Tab label={t('trainer.map.tabOutline')} value="outline" id="tab-outline" aria-controls="panel-outline" />
        </Tabs>
        <Stack direction="row" spacing={1} sx={{ alignSelf: 'center' }}>
          {ownCase && (
            <Button variant="contained" component={RouterLink} to={paths.flowCase(descriptor.id, ownCase.id, ownCase.position)}>
              {t('trainer.map.backToCase')}
            </Button>
          )}
          <Button variant={ownCase ? 'outlined' : 'contained'} component={RouterLink} to={paths.flow(descriptor.id)}>
            {t('trainer.map.run')}
          </Button>
        </Stack>
      </Box>
      {caseId && !c && <Alert severity="warning">{t('trainer.map.caseMissing')}</Alert>}
      {c && !ownCase && <Alert severity="warning">{t('trainer.map.caseOtherFlow')}</Alert>}
      {ownCase && trail && (
        <Alert severity="info">
          {t(plural(ownCase.position, 'trainer.map.showingCase.one', 'trainer.map.showingCase.other'), { title: ownCase.title, count: ownCase.position })}
        </Alert>
      )}
      {played && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => setParam({ view: 'paths', at: undefined, part: undefined })}>
              {t('trainer.map.backToPlayer')}
            </Button>
          }
        >
          {t('trainer.map.showingPath', { path: selected! + 1, step: playedAt + 1, total: played.events.length + 1 })}
        </Alert>
      )}

      {view === 'map' && (
        <Box role="tabpanel" id="panel-map" aria-labelledby="tab-map">
          <Typography id="map-hint" sx={visuallyHidden}>
            {t('trainer.map.hint')}
          </Typography>
          <Box
            ref={frame}
            className="trainer-map-frame"
            sx={{ ml: `${fill.ml}px`, width: fill.width ? `${fill.width}px` : '100%', height: `${fill.height}px`, borderTop: 1, borderColor: 'divider', overflow: 'hidden', bgcolor: 'background.paper' }}
          >
            <FlowMap
              placed={part?.placed ?? EMPTY}
              sizes={sizes}
              trail={trail}
              onJump={jump}
              onShowPart={showPart}
              onRoom={setRoom}
              reveal={reveal}
              hintId="map-hint"
              label={parts && parts.length > 1 ? t('trainer.map.labelPart', { title: descriptor.title, part: partIndex + 1, count: parts.length }) : t('trainer.map.label', { title: descriptor.title })}
              toolbar={
                <>
                  <Legend />
                  {parts && parts.length > 1 && <PartPicker parts={parts} graph={graph} index={partIndex} onChange={(i) => showPart(i)} />}
                  <FormControlLabel control={<Switch checked={large} onChange={(e) => toggleLarge(e.target.checked)} />} label={t('trainer.map.largeText')} />
                  <Button size="small" startIcon={fullScreen ? <FullscreenExit /> : <Fullscreen />} onClick={toggleFullScreen} aria-pressed={fullScreen}>
                    {t('trainer.map.fullScreen')}
                  </Button>
                </>
              }
            />
          </Box>
        </Box>
      )}
      {view === 'paths' && (
        <Box role="tabpanel" id="panel-paths" aria-labelledby="tab-paths">
          {badPath && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t('trainer.map.badPath')}
            </Alert>
          )}
          {list ? (
            <PathExplorer
              descriptor={descriptor}
              list={list}
              selected={selected}
              onSelect={(i) => setParam({ path: String(i + 1) })}
              onOpenCase={openPath}
              onShowOnMap={(i, at) => setParam({ view: undefined, path: String(i + 1), at: String(at), part: undefined })}
            />
          ) : (
            <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 3 }}>
              <CircularProgress size={24} aria-hidden />
              <Typography>{t('trainer.map.working')}</Typography>
            </Box>
          )}
        </Box>
      )}
      {view === 'outline' && (
        <Box role="tabpanel" id="panel-outline" aria-labelledby="tab-outline">
          <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
            {t('trainer.map.outlineIntro')}
          </Typography>
          <FlowOutline graph={graph} trail={trail} onJump={jump} />
        </Box>
      )}
      <Snackbar open={!!notice} autoHideDuration={8000} onClose={() => setNotice(undefined)} message={notice} />
    </Stack>
  );
}
