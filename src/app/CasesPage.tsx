import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Edit from '@mui/icons-material/Edit';
import { Link as RouterLink } from 'react-router';
import { MAX_TITLE_CHARS, renamed, statusOf } from '../cases/caseOps';
import { caseStore, STORAGE_VERSION } from '../cases/store';
import type { Case, CaseStatus } from '../cases/types';
import { useCases } from '../cases/useCases';
import { flowMeta } from '../flows/registry';
import { replay, stateIdOf } from '../flows/shared/replay';
import { resolveText } from '../flows/shared/text';
import type { FlowDescriptor } from '../flows/shared/types';
import { StatusChip } from '../components/cases/StatusChip';
import { dayStamp, downloadText, localTime } from '../components/cases/files';
import { useDescriptors } from '../components/cases/useDescriptors';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFocusHeading } from '../components/useFocusHeading';
import { visuallyHidden } from '../components/visuallyHidden';
import { paths } from '../paths';

/** Columns left out on narrow screens (the case title usually names the flow). */
const wide = { display: { xs: 'none', md: 'table-cell' } } as const;
/** Rows as cards below 600 px, so a 390 px phone shows every column whole (labels come from data-label). */
const STACKED = {
  '& td, & th': { verticalAlign: 'top', py: 1 },
  '@media (max-width: 599.95px)': {
    '& thead': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
    '& tr': { display: 'block', borderBottom: '1px solid', borderColor: 'divider', py: 1 },
    '& td, & th[scope="row"]': { display: 'block', border: 0, py: 0.5 },
    '& td[data-label]::before': { content: 'attr(data-label) ": "', fontWeight: 600 },
  },
} as const;

interface Where {
  step: number;
  title: string;
  status: CaseStatus;
}

/** Where a case stands, by replaying its answers (undefined until its flow has loaded). */
function whereOf(c: Case, d: FlowDescriptor | undefined): Where | undefined {
  if (!d) return undefined;
  const { snapshot, trail } = replay(d.machine, c.events.slice(0, c.position));
  const step = d.content.steps[stateIdOf(snapshot)];
  return { step: trail.length + 1, title: step ? resolveText(step.title, snapshot.context) : stateIdOf(snapshot), status: statusOf(snapshot, d.content) };
}

export function CasesPage() {
  useDocumentTitle('Cases');
  const heading = useFocusHeading('cases');
  const cases = useCases();
  const descriptors = useDescriptors(cases.map((c) => c.flowId));
  const where = useMemo(() => new Map(cases.map((c) => [c.id, whereOf(c, descriptors.get(c.flowId))])), [cases, descriptors]);
  const [renaming, setRenaming] = useState<Case>();
  const [deleted, setDeleted] = useState<Case>();
  const [notice, setNotice] = useState<string>();

  const remove = (c: Case) => {
    caseStore.remove(c.id);
    setDeleted(c);
  };
  const undo = () => {
    if (!deleted) return;
    const res = caseStore.save(deleted);
    setDeleted(undefined);
    setNotice(res.ok ? `Restored “${deleted.title}”.` : res.reason);
  };
  const rename = (c: Case, title: string) => {
    setRenaming(undefined);
    const res = caseStore.save(renamed(c, title, flowMeta(c.flowId)?.title ?? 'Case'));
    if (!res.ok) setNotice(res.reason);
  };

  return (
    <Box>
      <Typography variant="h1" ref={heading} tabIndex={-1} sx={{ mb: 1, outline: 'none' }}>
        Cases
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        Every run of a flow is a case. Cases are kept in this browser only; open one to carry on, or open its report to hand it on.
      </Typography>
      {cases.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="h2" gutterBottom>
            No cases yet
          </Typography>
          <Typography sx={{ mb: 2 }}>A case starts when you open a troubleshooting flow.</Typography>
          <Button variant="contained" component={RouterLink} to={paths.home()}>
            Go to the list of issues
          </Button>
        </Paper>
      ) : (
        <TableContainer component={Paper} variant="outlined" sx={{ position: 'relative' }}>
          <Table aria-label="Cases" size="small" sx={STACKED}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">Case</TableCell>
                <TableCell component="th" scope="col" sx={wide}>Flow</TableCell>
                <TableCell component="th" scope="col">Current step</TableCell>
                <TableCell component="th" scope="col">Status</TableCell>
                <TableCell component="th" scope="col" sx={wide}>Started</TableCell>
                <TableCell component="th" scope="col">Last activity</TableCell>
                <TableCell component="th" scope="col">
                  <Box component="span" sx={visuallyHidden}>Actions</Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {cases.map((c) => {
                const w = where.get(c.id);
                return (
                  <TableRow key={c.id} data-case-id={c.id}>
                    <TableCell component="th" scope="row" sx={{ minWidth: { sm: 200 }, maxWidth: { sm: 320 }, overflowWrap: 'break-word' }}>
                      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
                        <Link component={RouterLink} to={paths.flowCase(c.flowId, c.id, c.position)} sx={{ fontWeight: 600, flexGrow: 1 }}>
                          {c.title || 'Untitled case'}
                        </Link>
                        <Tooltip title="Rename">
                          <IconButton size="small" aria-label={`Rename “${c.title}”`} onClick={() => setRenaming(c)}>
                            <Edit fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      </Box>
                      {caseStore.isUnsaved(c.id) && <UnsavedMark c={c} onDownloadFailed={() => setNotice('This browser cannot download files here. Open the case and copy its report instead.')} />}
                    </TableCell>
                    <TableCell sx={wide} data-label="Flow">{flowMeta(c.flowId)?.title ?? c.flowId}</TableCell>
                    <TableCell data-label="Current step">{w ? `Step ${w.step}: ${w.title}` : 'Loading…'}</TableCell>
                    <TableCell data-label="Status">
                      <StatusChip status={w?.status ?? c.status} />
                    </TableCell>
                    <TableCell sx={{ ...wide, minWidth: { sm: 110 } }} data-label="Started">{localTime(c.createdAt)}</TableCell>
                    <TableCell sx={{ minWidth: { sm: 110 } }} data-label="Last activity">{localTime(c.updatedAt)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Button size="small" component={RouterLink} to={paths.report(c.id)} aria-label={`Report for “${c.title}”`}>
                        Report
                      </Button>
                      <Tooltip title="Delete">
                        <IconButton size="small" aria-label={`Delete “${c.title}”`} onClick={() => remove(c)}>
                          <DeleteOutline fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {renaming && <RenameDialog c={renaming} onCancel={() => setRenaming(undefined)} onSave={(t) => rename(renaming, t)} />}
      <Snackbar
        open={!!deleted}
        autoHideDuration={10_000}
        onClose={(_, reason) => reason !== 'clickaway' && setDeleted(undefined)}
        message={deleted ? `Deleted “${deleted.title}”.` : ''}
        action={
          <Button color="inherit" size="small" onClick={undo}>
            Undo
          </Button>
        }
      />
      <Snackbar open={!!notice} autoHideDuration={6000} onClose={(_, reason) => reason !== 'clickaway' && setNotice(undefined)} message={notice} />
    </Box>
  );
}

/** A case storage refused: it lives only in this tab, so say so and offer it as a file. */
function UnsavedMark({ c, onDownloadFailed }: { c: Case; onDownloadFailed: () => void }) {
  const download = () => {
    const ok = downloadText(`whfb-case-${c.id}-${dayStamp()}.json`, JSON.stringify({ v: STORAGE_VERSION, case: c }, null, 2), 'application/json');
    if (!ok) onDownloadFailed();
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5 }}>
      <Chip size="small" color="warning" variant="outlined" label="Not saved" title="The browser storage refused this case; it is only in this tab and is lost when the tab closes." />
      <Button size="small" onClick={download} aria-label={`Download unsaved case “${c.title}”`}>
        Download
      </Button>
    </Box>
  );
}

function RenameDialog({ c, onCancel, onSave }: { c: Case; onCancel: () => void; onSave: (title: string) => void }) {
  const [title, setTitle] = useState(c.title);
  const tooLong = title.length > MAX_TITLE_CHARS;
  return (
    <Dialog open onClose={onCancel} aria-labelledby="rename-title" fullWidth maxWidth="sm">
      <Box
        component="form"
        onSubmit={(e: React.FormEvent) => {
          e.preventDefault();
          if (!tooLong) onSave(title);
        }}
      >
        <DialogTitle id="rename-title">Rename case</DialogTitle>
        <DialogContent>
          <TextField
            id="case-title"
            label="Case title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            fullWidth
            autoFocus
            margin="dense"
            error={tooLong}
            helperText={tooLong ? `Keep it under ${MAX_TITLE_CHARS} characters.` : 'For example the ticket number and the user. Leave it empty to use the flow’s title.'}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={tooLong}>
            Save
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
