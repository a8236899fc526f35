import { Suspense, use, useEffect } from 'react';
import { useParams } from 'react-router';
import { isFlowId, type FlowId } from '../flows/ids';
import { flowMeta, loadFlow } from '../flows/registry';
import { CaseRunner } from '../components/CaseRunner';
import { Loading } from '../components/Loading';
import { themedPart } from '../components/themedLazy';
import { markFlowScreenDrawn } from './firstScreen';

/** Uses MUI: loads with its theme only for an unknown flow id. */
const NotFound = themedPart(async () => (await import('../components/NotFound')).NotFound);

/** A flow's screen. Its first step is plain elements; the parts that use MUI load on demand (src/components/runnerParts.ts). */
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
