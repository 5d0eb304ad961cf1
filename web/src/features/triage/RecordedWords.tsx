import type { ConcernDetail } from '../../api/types';
import { BodyFigures } from '../concerns/BodyFigures';
import { MarkList } from '../concerns/MarkList';

function Paragraphs({ text }: { text: string }) {
  return (
    <div className="haven-prose">
      {text.split(/\n{2,}/).map((p, i) => (
        <p className="govuk-body haven-pre-wrap" key={`${String(i)}-${p.slice(0, 10)}`}>
          {p}
        </p>
      ))}
    </div>
  );
}

/**
 * What was recorded. The child's own words are set apart in a quote, so they are never mixed
 * up with what the adult saw or thought.
 */
export function RecordedWords({ concern }: { concern: ConcernDetail }) {
  const n = concern.narrative;
  if (!n) {
    return (
      <p className="govuk-body">
        The words of this concern cannot be shown. Ask your Haven administrator to check the
        encryption key.
      </p>
    );
  }
  const names = new Map(concern.children.map((c) => [c.pupilId, c.displayName]));
  return (
    <>
      <section aria-labelledby="child-words-heading">
        <h2 className="govuk-heading-m" id="child-words-heading">
          What the child said
        </h2>
        {n.childWords ? (
          <figure className="haven-quote-figure">
            <blockquote className="haven-quote haven-pre-wrap">{n.childWords}</blockquote>
            <figcaption className="govuk-body-s haven-secondary-text">
              In the child’s own words, as recorded by {concern.recordedBy.fullName}
            </figcaption>
          </figure>
        ) : (
          <p className="govuk-body haven-secondary-text">Nothing recorded.</p>
        )}
      </section>
      <section aria-labelledby="observed-heading">
        <h2 className="govuk-heading-m" id="observed-heading">
          What {concern.recordedBy.fullName} saw, heard or did
        </h2>
        <Paragraphs text={n.observed} />
        {n.actionTaken ? (
          <>
            <h3 className="govuk-heading-s">What they had already done</h3>
            <Paragraphs text={n.actionTaken} />
          </>
        ) : null}
        {concern.kind === 'wellbeing' ? (
          <>
            <h3 className="govuk-heading-s">Risk factors</h3>
            {n.riskFactors ? (
              <Paragraphs text={n.riskFactors} />
            ) : (
              <p className="govuk-body">None given.</p>
            )}
            <h3 className="govuk-heading-s">Protective factors</h3>
            {n.protectiveFactors ? (
              <Paragraphs text={n.protectiveFactors} />
            ) : (
              <p className="govuk-body">None given.</p>
            )}
          </>
        ) : null}
      </section>
      {n.bodyMap.length ? (
        <section aria-labelledby="body-map-heading">
          <h2 className="govuk-heading-m" id="body-map-heading">
            Body map
          </h2>
          {concern.children
            .filter((c) => n.bodyMap.some((m) => m.pupilId === c.pupilId))
            .map((c) => (
              <div key={c.pupilId}>
                {concern.children.length > 1 ? (
                  <h3 className="govuk-heading-s">{c.displayName}</h3>
                ) : null}
                <BodyFigures
                  marks={n.bodyMap}
                  pupilId={c.pupilId}
                  idPrefix={`figure-${c.pupilId}`}
                />
              </div>
            ))}
          <MarkList marks={n.bodyMap} names={names} />
        </section>
      ) : null}
    </>
  );
}
