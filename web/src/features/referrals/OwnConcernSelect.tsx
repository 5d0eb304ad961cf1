import { SelectInput } from '../../components/SelectInput';
import { formatDateTimeShort } from '../../lib/dates';
import { useMyConcerns } from '../concerns/queries';

interface Props {
  id: string;
  value: string;
  error?: string;
  onChange: (concernId: string) => void;
}

/** Links a record to one of the concerns this person recorded, if it follows one. */
export function OwnConcernSelect({ id, value, error, onChange }: Props) {
  const mine = useMyConcerns();
  const concerns = mine.data?.data ?? [];
  if (concerns.length === 0) return null;
  return (
    <SelectInput
      id={id}
      label="Is this about a concern you recorded? (optional)"
      options={concerns.map((c) => ({
        value: c.id,
        label: `${c.reference}, recorded ${formatDateTimeShort(c.recordedAt)}`,
      }))}
      emptyLabel="No, or not recorded yet"
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
