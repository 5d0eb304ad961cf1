import { Radios } from '../../components/Radios';

export interface PupilOption {
  id: string;
  name: string;
}

interface Props {
  id: string;
  pupils: PupilOption[];
  value: string;
  error?: string;
  onChange: (pupilId: string) => void;
}

/** Which child a record is about: a choice when a concern names several, else just the name. */
export function PupilChoice({ id, pupils, value, error, onChange }: Props) {
  if (pupils.length === 1 && !error) {
    return (
      <p className="govuk-body">
        Child: <strong>{pupils[0]?.name}</strong>
      </p>
    );
  }
  return (
    <Radios
      id={id}
      legend="Which child is this about?"
      options={pupils.map((p) => ({ value: p.id, label: p.name }))}
      value={value}
      onChange={onChange}
      error={error}
      small
    />
  );
}
