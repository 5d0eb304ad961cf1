import type { ChildRole } from '../../api/types';
import { Tag } from '../../components/Tag';
import { yearGroupLabel } from '../../lib/yearGroups';
import type { ChosenChild } from './concernForm';
import { CHILD_ROLES } from './labels';

interface Props {
  chosen: ChosenChild[];
  onRole: (pupilId: string, role: ChildRole) => void;
  onRemove: (pupilId: string) => void;
}

/** The children added to this concern, each with their role (D: never assume "victim"). */
export function ChosenChildren({ chosen, onRole, onRemove }: Props) {
  if (chosen.length === 0) return null;
  return (
    <ul className="haven-children" aria-label="Children in this concern">
      {chosen.map((child, index) => {
        const id = `child-role-${String(index)}`;
        return (
          <li className="haven-child" key={child.pupilId}>
            <p className="govuk-body govuk-!-font-weight-bold haven-child__name">
              {child.displayName}
              {child.yearGroup ? (
                <span className="haven-secondary-text govuk-!-font-weight-regular">
                  {' '}
                  ({yearGroupLabel(child.yearGroup)})
                </span>
              ) : null}
              {child.senFlag ? (
                <>
                  {' '}
                  <Tag colour="purple">SEN</Tag>
                </>
              ) : null}
            </p>
            <div className="govuk-form-group haven-child__role">
              <label className="govuk-label" htmlFor={id}>
                Their role<span className="govuk-visually-hidden"> ({child.displayName})</span>
              </label>
              <select
                className="govuk-select"
                id={id}
                name={id}
                value={child.role}
                onChange={(e) => onRole(child.pupilId, e.target.value as ChildRole)}
              >
                {CHILD_ROLES.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="govuk-button govuk-button--secondary haven-button--compact"
              onClick={() => onRemove(child.pupilId)}
            >
              Remove<span className="govuk-visually-hidden"> {child.displayName}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
