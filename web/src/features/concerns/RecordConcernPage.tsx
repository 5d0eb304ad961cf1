import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { ConcernDraft } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { ProblemPage } from '../../components/ProblemPage';
import { newUuid } from '../../lib/uuid';
import { emptyConcern, valuesFromDraft } from './concernForm';
import { ConcernForm } from './ConcernForm';
import { useDrafts } from './queries';

/** `/concerns/new`, or `/concerns/new?draft=ID` to carry on with a saved draft. */
export function RecordConcernPage() {
  const [params] = useSearchParams();
  const draftParam = params.get('draft') ?? '';
  return draftParam ? <ResumeDraft key={draftParam} draftId={draftParam} /> : <NewConcern />;
}

function NewConcern() {
  const [draftId] = useState(newUuid);
  const [initial] = useState(() => emptyConcern());
  return (
    <Layout>
      <ConcernForm draftId={draftId} initial={initial} />
    </Layout>
  );
}

function ResumeDraft({ draftId }: { draftId: string }) {
  const drafts = useDrafts();
  if (drafts.isError) return <ProblemPage error={drafts.error} />;
  if (!drafts.data) return <Loading what="your draft" />;
  const draft = drafts.data.data.find((d) => d.id === draftId);
  if (!draft) return <ProblemPage error={new ApiError(404, 'NOT_FOUND', 'Not found')} />;
  return (
    <Layout>
      <DraftForm draft={draft} />
    </Layout>
  );
}

/** Reads the draft once: refetches after each save must not reset what is being typed. */
function DraftForm({ draft }: { draft: ConcernDraft }) {
  const [initial] = useState(() => valuesFromDraft(draft.input));
  return <ConcernForm draftId={draft.id} initial={initial} />;
}

function Layout({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/">Back to home</BackLink>
        {children}
      </div>
    </div>
  );
}
