import { Link } from 'react-router';
import type { ImportSummary } from '../../api/types';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { FlaggedTable } from './FlaggedTable';
import { changes, countsInWords } from './labels';

/** What the import did, with the way to the pupils and to the changes it held back. */
export function ImportResult({
  summary,
  unit = 'Row',
}: {
  summary: ImportSummary;
  unit?: 'Row' | 'Pupil';
}) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  const { counts } = summary;
  return (
    <section aria-labelledby="import-result" data-testid="import-result">
      <div className="govuk-panel govuk-panel--confirmation">
        <h2 className="govuk-panel__title" id="import-result" tabIndex={-1} ref={ref}>
          The file has been imported
        </h2>
      </div>
      <ul className="govuk-list govuk-list--bullet">
        {countsInWords(counts, true).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {summary.flagged.length > 0 ? (
        <FlaggedTable flagged={summary.flagged} caption="Held back for review" unit={unit} />
      ) : null}
      <ul className="govuk-list">
        {counts.flag > 0 ? (
          <li>
            <Link to="/pupils/changes" className="govuk-link">
              Review the {changes(counts.flag)} held back
            </Link>
          </li>
        ) : null}
        <li>
          <Link to="/pupils" className="govuk-link">
            Go to the pupils list
          </Link>
        </li>
        <li>
          <Link to="/pupils/contact-gaps" className="govuk-link">
            See which pupils have fewer than two emergency contact numbers
          </Link>
        </li>
      </ul>
    </section>
  );
}
