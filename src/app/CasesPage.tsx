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
import { t } from '../words/messages';

/** Columns left out on narrow screens (the case title usually names the flow). */
const wide = { display: { xs: 'none', md: 'table-cell' } } as const;
/** Rows as cards below 600 px, so a 390 px phone shows every column whole (labels come from data-label). */
const STACKED = {
  '& td, & th': { verticalAlign: 'top', py: 1 },
  // Headings on one line: the header row keeps its height when the steps arrive, so no button moves under the pointer.
  '& thead th': { whiteSpace: 'nowrap' },
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
  useDocumentTitle(t('casesPage.title'));
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
    setNotice(res.ok ? t('casesPage.restored', { title: deleted.title }) : res.reason);
  };
  const rename = (c: Case, title: string) => {
    setRenaming(undefined);
    const res = caseStore.save(renamed(c, title, flowMeta(c.flowId)?.title ?? t('casesPage.defaultTitle')));
    if (!res.ok) setNotice(res.reason);
  };

  return (
    <Box>
      <Typography variant="h1" ref={heading} tabIndex={-1} sx={{ mb: 1, outline: 'none' }}>
        {t('casesPage.title')}
      </Typography>
      <Typography color="textSecondary" sx={{ mb: 3 }}>
        {t('casesPage.intro')}
      </Typography>
      {cases.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="h2" gutterBottom>
            {t('casesPage.empty.heading')}
          </Typography>
          <Typography sx={{ mb: 2 }}>{t('casesPage.empty.text')}</Typography>
          <Button variant="contained" component={RouterLink} to={paths.home()}>
            {t('common.goToIssues')}
          </Button>
        </Paper>
      ) : (
        <TableContainer component={Paper} variant="outlined" sx={{ position: 'relative' }}>
          <Table aria-label={t('casesPage.tableLabel')} size="small" sx={STACKED}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">{t('casesPage.column.case')}</TableCell>
                <TableCell component="th" scope="col" sx={wide}>{t('casesPage.column.flow')}</TableCell>
                <TableCell component="th" scope="col">{t('casesPage.column.step')}</TableCell>
                <TableCell component="th" scope="col">{t('casesPage.column.status')}</TableCell>
                <TableCell component="th" scope="col" sx={wide}>{t('casesPage.column.started')}</TableCell>
                <TableCell component="th" scope="col">{t('casesPage.column.lastActivity')}</TableCell>
                <TableCell component="th" scope="col">
                  <Box component="span" sx={visuallyHidden}>{t('casesPage.column.actions')}</Box>
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
                          {c.title || t('casesPage.untitled')}
                        </Link>
                        <Tooltip title={t('casesPage.rename')}>
                          <IconButton size="small" aria-label={t('casesPage.renameCase', { title: c.title })} onClick={() => setRenaming(c)}>
                            <Edit fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      </Box>
                      {caseStore.isUnsaved(c.id) && <UnsavedMark c={c} onDownloadFailed={() => setNotice(t('casesPage.cannotDownload'))} />}
                    </TableCell>
                    <TableCell sx={wide} data-label={t('casesPage.column.flow')}>{flowMeta(c.flowId)?.title ?? c.flowId}</TableCell>
                    <TableCell data-label={t('casesPage.column.step')}>{w ? t('casesPage.stepAt', { step: w.step, title: w.title }) : t('casesPage.loadingStep')}</TableCell>
                    <TableCell data-label={t('casesPage.column.status')}>
                      <StatusChip status={w?.status ?? c.status} />
                    </TableCell>
                    <TableCell sx={{ ...wide, minWidth: { sm: 110 } }} data-label={t('casesPage.column.started')}>{localTime(c.createdAt)}</TableCell>
                    <TableCell sx={{ minWidth: { sm: 110 } }} data-label={t('casesPage.column.lastActivity')}>{localTime(c.updatedAt)}</TableCell>
                    {/* Actions hug the table's right edge, so no other cell's text can shift them (auto layout spreads widths in fractions of a pixel). */}
                    <TableCell sx={{ whiteSpace: 'nowrap', textAlign: { sm: 'right' } }}>
                      <Button size="small" component={RouterLink} to={paths.report(c.id)} aria-label={t('casesPage.reportFor', { title: c.title })}>
                        {t('casesPage.report')}
                      </Button>
                      <Tooltip title={t('casesPage.delete')}>
                        <IconButton size="small" aria-label={t('casesPage.deleteCase', { title: c.title })} onClick={() => remove(c)}>
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
        message={deleted ? t('casesPage.deleted', { title: deleted.title }) : ''}
        action={
          <Button color="inherit" size="small" onClick={undo}>
            {t('casesPage.undo')}
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
      <Chip size="small" color="warning" variant="outlined" label={t('casesPage.notSaved')} title={t('casesPage.notSavedHint')} />
      <Button size="small" onClick={download} aria-label={t('casesPage.downloadUnsaved', { title: c.title })}>
        {t('casesPage.download')}
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
        <DialogTitle id="rename-title">{t('casesPage.renameDialog.title')}</DialogTitle>
        <DialogContent>
          <TextField
            id="case-title"
            label={t('casesPage.renameDialog.label')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            fullWidth
            autoFocus
            margin="dense"
            error={tooLong}
            helperText={tooLong ? t('casesPage.renameDialog.tooLong', { max: MAX_TITLE_CHARS }) : t('casesPage.renameDialog.help')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{t('casesPage.renameDialog.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={tooLong}>
            {t('casesPage.renameDialog.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
