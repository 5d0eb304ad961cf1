import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CalendarEntry, CalendarEntryInput, SchoolCalendarEntries } from '../../api/types';
import { Details } from '../../components/Details';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { AddEntryForm } from './AddEntryForm';
import { CalendarTable } from './CalendarTable';
import { ImportForm } from './ImportForm';
import { inputOf, kindLabel, sortEntries } from './labels';
import { calendarKey, useSchoolCalendar } from './queries';

/**
 * `/school/calendar` (headteacher, school administrator, DSL): the terms, INSET days and closures
 * that make a school day. Bank holidays are built in and need not be added.
 */
export function CalendarPage() {
  const queryClient = useQueryClient();
  const calendar = useSchoolCalendar();
  const [notice, setNotice] = useState<{ key: number; text: string; error?: boolean }>({
    key: 0,
    text: '',
  });
  usePageTitle('School calendar');
  const say = (text: string, error?: boolean) =>
    setNotice((n) => ({ key: n.key + 1, text, error }));

  async function replace(entries: CalendarEntryInput[]) {
    const { data } = await api.put<SchoolCalendarEntries>('/api/calendar', {
      entries: entries.map(inputOf),
    });
    queryClient.setQueryData(calendarKey, { data, allowedActions: [], meta: {} });
    await queryClient.invalidateQueries({ queryKey: calendarKey });
  }

  async function remove(entry: CalendarEntry, all: CalendarEntry[]) {
    try {
      await replace(all.filter((e) => e.id !== entry.id));
      say(`Removed ${kindLabel(entry.kind).toLowerCase()}: ${entry.name}`);
    } catch (error) {
      say(error instanceof Error ? error.message : 'Something went wrong', true);
    }
  }

  if (calendar.isError) return <ProblemPage error={calendar.error} />;
  const entries = calendar.data ? sortEntries(calendar.data.data.entries) : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Notice noticeKey={notice.key} text={notice.text} error={notice.error} />
        <PageHeading>School calendar</PageHeading>
        <p className="govuk-body">
          Haven counts school days from your terms, less INSET days, holidays and closures. Weekends
          and bank holidays in England are already known and do not need adding. Statutory deadlines
          count working days, which do not depend on this calendar.
        </p>
        <h2 className="govuk-heading-m">Terms and closures</h2>
        {!entries ? (
          <Loading what="the calendar" />
        ) : entries.length === 0 ? (
          <p className="govuk-body">
            No terms yet. Add them below, or import them from a spreadsheet.
          </p>
        ) : (
          <CalendarTable
            entries={entries}
            caption="Terms and closures, earliest first"
            action={(e) => (
              <button
                type="button"
                className="govuk-button govuk-button--warning haven-button--compact"
                onClick={() => void remove(e, entries)}
              >
                Remove<span className="govuk-visually-hidden"> {e.name}</span>
              </button>
            )}
          />
        )}
        {entries ? (
          <>
            <Details summary="Add a term or closure">
              <AddEntryForm
                onAdd={async (entry) => {
                  await replace([...entries, entry]);
                  say(`Added ${kindLabel(entry.kind).toLowerCase()}: ${entry.name}`);
                }}
              />
            </Details>
            <h2 className="govuk-heading-m">Import from a spreadsheet</h2>
            <p className="govuk-body">
              Keep the calendar in a spreadsheet with the columns kind, name, start and end, and
              save it as CSV. Haven checks every row before anything is saved.
            </p>
            <ImportForm current={entries.length} onSaved={(text) => say(text)} />
          </>
        ) : null}
      </div>
    </div>
  );
}
