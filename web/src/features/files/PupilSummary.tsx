import type { ChildFile } from '../../api/types';
import { SummaryList } from '../../components/SummaryList';
import { formatDate, formatDateTimeShort } from '../../lib/dates';
import { yearGroupLabel } from '../../lib/yearGroups';
import { PupilTags } from '../pupils/PupilTags';

export function PupilSummary({ file }: { file: ChildFile }) {
  const p = file.pupil;
  return (
    <>
      <PupilTags pupil={p} />
      <SummaryList
        rows={[
          { key: 'dob', label: 'Date of birth', value: formatDate(p.dateOfBirth) },
          { key: 'year', label: 'Year group', value: yearGroupLabel(p.yearGroup) },
          {
            key: 'opened',
            label: 'File opened',
            value: file.openedAt ? formatDateTimeShort(file.openedAt) : 'Not yet',
          },
        ]}
      />
    </>
  );
}
