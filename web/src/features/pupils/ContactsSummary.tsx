import type { EmergencyContact } from '../../api/types';
import { SummaryList } from '../../components/SummaryList';

export function ContactsSummary({ contacts }: { contacts: EmergencyContact[] }) {
  if (contacts.length === 0) return <p className="govuk-body">No emergency contacts recorded.</p>;
  const sorted = [...contacts].sort((a, b) => a.priority - b.priority);
  return (
    <>
      {sorted.map((c, i) => (
        <div className="govuk-summary-card" key={`${String(i)}-${c.name}`}>
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">
              {c.name} ({c.relationship})
            </h3>
          </div>
          <div className="govuk-summary-card__content">
            <SummaryList
              rows={[
                { key: 'priority', label: 'Priority', value: String(c.priority) },
                {
                  key: 'phones',
                  label: c.phones.length === 1 ? 'Phone number' : 'Phone numbers',
                  value: (
                    <ul className="govuk-list">
                      {c.phones.map((phone, j) => (
                        <li key={`${String(j)}-${phone}`}>
                          <a className="govuk-link" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
                            {phone}
                          </a>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          </div>
        </div>
      ))}
    </>
  );
}
