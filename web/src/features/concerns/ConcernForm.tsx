import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { ConcernReceipt, PupilMatch } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Radios } from '../../components/Radios';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { errorsFromApi } from '../../lib/formErrors';
import { BodyMapEditor } from './BodyMapEditor';
import { CategoryFields } from './CategoryFields';
import { ChosenChildren } from './ChosenChildren';
import {
  concernField,
  concernFieldId,
  concernInput,
  isConcernField,
  validateConcern,
  type ConcernValues,
  type YesNo,
} from './concernForm';
import { DraftStatus } from './DraftStatus';
import { ImmediateRisk } from './ImmediateRisk';
import { YES_NO } from './labels';
import { PupilPicker } from './PupilPicker';
import { concernKeys, useCategories } from './queries';
import { SafetyReminder } from './SafetyReminder';
import { useDraftSaver } from './useDraftSaver';
import { WellbeingFields } from './WellbeingFields';
import { WhenFields } from './WhenFields';

const KINDS = [
  { value: 'concern', label: 'A safeguarding concern' },
  { value: 'wellbeing', label: 'A wellbeing note (lower-level worry)' },
];

interface Props {
  draftId: string;
  initial: ConcernValues;
}

export function ConcernForm({ draftId, initial }: Props) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const categories = useCategories();
  const [values, setValues] = useState<ConcernValues>(initial);
  const draft = useDraftSaver(draftId, values, initial);
  usePageTitle('Record a concern', form.hasErrors);
  const set = (patch: Partial<ConcernValues>) => setValues((v) => ({ ...v, ...patch }));

  // The draft's id is the sending's key: pressing Send again after a lost reply gets the first
  // receipt back, and the server deletes the draft in the same transaction as the concern.
  const send = useMutation({
    mutationFn: (v: ConcernValues) =>
      api.post<ConcernReceipt>('/api/concerns', concernInput(v), { idempotencyKey: draftId }),
    onSuccess: async ({ data }) => {
      queryClient.setQueryData(concernKeys.receipt(data.id), data);
      await navigate(`/concerns/${encodeURIComponent(data.id)}/sent`, { replace: true });
      await queryClient.invalidateQueries({ queryKey: concernKeys.all });
    },
    onError: (error) => {
      draft.resume();
      form.show(errorsFromApi(error, isConcernField, { mapField: concernField }));
    },
  });

  function addChild(match: PupilMatch) {
    setValues((v) =>
      v.children.some((c) => c.pupilId === match.id)
        ? v
        : {
            ...v,
            children: [
              ...v.children,
              {
                pupilId: match.id,
                displayName: match.displayName,
                yearGroup: match.yearGroup,
                senFlag: match.senFlag,
                role: 'subject',
              },
            ],
          },
    );
  }

  function removeChild(pupilId: string) {
    setValues((v) => ({
      ...v,
      children: v.children.filter((c) => c.pupilId !== pupilId),
      bodyMap: v.bodyMap.filter((m) => m.pupilId !== pupilId),
    }));
    document.getElementById('pupil-search')?.focus();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (send.isPending) return;
    if (form.show(validateConcern(values))) return;
    draft.pause();
    send.mutate(values);
  }

  const e = form.errors;
  return (
    <>
      <ErrorSummary errors={e} focusKey={form.focusKey} idFor={concernFieldId} />
      <PageHeading>Record a concern</PageHeading>
      <SafetyReminder
        sen={
          values.children.some((c) => c.senFlag === true)
            ? 'yes'
            : values.children.some((c) => c.senFlag === undefined)
              ? 'unknown'
              : 'no'
        }
      />
      <form onSubmit={submit} noValidate>
        <h2 className="govuk-heading-m">Who is it about?</h2>
        <PupilPicker chosen={values.children} error={e.children} onAdd={addChild} />
        <ChosenChildren
          chosen={values.children}
          onRole={(pupilId, role) =>
            set({
              children: values.children.map((c) => (c.pupilId === pupilId ? { ...c, role } : c)),
            })
          }
          onRemove={removeChild}
        />
        <ImmediateRisk
          value={values.immediateRisk}
          error={e.immediateRisk}
          onChange={(immediateRisk) => set({ immediateRisk })}
        />
        <Radios
          id="kind"
          legend="What are you recording?"
          options={KINDS}
          value={values.kind}
          onChange={(kind) => set({ kind: kind as ConcernValues['kind'] })}
          error={e.kind}
        />
        {values.kind === 'wellbeing' ? (
          <WellbeingFields
            riskFactors={values.riskFactors}
            protectiveFactors={values.protectiveFactors}
            errors={e}
            onChange={set}
          />
        ) : null}
        <h2 className="govuk-heading-m">What happened</h2>
        <TextArea
          id="childWords"
          label="What did the child say? Use their own words."
          hint="Write exactly what they said, even if it is rude or unclear. Leave blank if they said nothing."
          value={values.childWords}
          onChange={(childWords) => set({ childWords })}
          error={e.childWords}
          rows={4}
        />
        <TextArea
          id="observed"
          label="What did you see, hear or do?"
          hint="Facts only: what you noticed, and what happened before and after."
          value={values.observed}
          onChange={(observed) => set({ observed })}
          error={e.observed}
          rows={5}
        />
        <TextArea
          id="actionTaken"
          label="What have you already done? (optional)"
          value={values.actionTaken}
          onChange={(actionTaken) => set({ actionTaken })}
          error={e.actionTaken}
          rows={3}
        />
        <WhenFields
          date={values.incidentDate}
          time={values.incidentTime}
          error={e.incidentAt}
          onChange={set}
        />
        <TextInput
          id="location"
          label="Where? (optional)"
          hint="For example, the playground or Year 4 classroom"
          value={values.location}
          onChange={(location) => set({ location })}
          error={e.location}
        />
        <CategoryFields
          categories={categories.data?.data}
          primary={values.primaryCategoryId}
          tags={values.tagIds}
          errors={e}
          onChange={set}
        />
        <Radios
          id="spokeToDsl"
          legend="Have you spoken to the DSL about this?"
          options={YES_NO}
          value={values.spokeToDsl}
          onChange={(v) => set({ spokeToDsl: v as YesNo })}
          error={e.spokeToDsl}
          inline
        />
        <BodyMapEditor
          chosen={values.children}
          marks={values.bodyMap}
          error={e.bodyMap}
          onChange={(bodyMap) => set({ bodyMap })}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button">
            Send to the DSL
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => void draft.saveNow()}
          >
            Save as draft
          </button>
        </div>
        <DraftStatus state={draft.state} />
      </form>
    </>
  );
}
