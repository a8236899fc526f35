import { Suspense, use } from 'react';
import CircularProgress from '@mui/material/CircularProgress';
import Box from '@mui/material/Box';
import { useParams } from 'react-router';
import { isFlowId, type FlowId } from '../flows/ids';
import { flowMeta, loadFlow } from '../flows/registry';
import { CaseRunner } from '../components/CaseRunner';
import { NotFound } from './NotFound';

export function FlowPage() {
  const { flowId = '' } = useParams();
  if (!isFlowId(flowId) || !flowMeta(flowId)) return <NotFound what="flow" />;
  return (
    <Suspense fallback={<Loading />}>
      <LoadedFlow key={flowId} flowId={flowId} />
    </Suspense>
  );
}

function LoadedFlow({ flowId }: { flowId: FlowId }) {
  const descriptor = use(loadFlow(flowId));
  return <CaseRunner descriptor={descriptor} />;
}

export function Loading() {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: 6 }} role="status" aria-label="Loading">
      <CircularProgress />
    </Box>
  );
}
