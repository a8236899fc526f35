import { Suspense, use, useEffect } from 'react';
import { useParams } from 'react-router';
import { isFlowId, type FlowId } from '../flows/ids';
import { flowMeta, loadFlow } from '../flows/registry';
import { CaseRunner } from '../components/CaseRunner';
import { Loading } from '../components/Loading';
import { NotFound } from '../components/NotFound';
import { markFlowScreenDrawn } from './firstScreen';

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
  useEffect(markFlowScreenDrawn, []);
  return <CaseRunner descriptor={descriptor} />;
}
