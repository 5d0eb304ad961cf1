import type { Pupil } from '../../api/types';
import { NotGiven, SummaryList } from '../../components/SummaryList';
import { formatDate } from '../../lib/dates';
import { legalName } from '../../lib/pupilNames';
import { sexLabel, yearGroupLabel } from '../../lib/yearGroups';

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

export function PupilDetails({ pupil }: { pupil: Pupil }) {
  return (
    <SummaryList
      rows={[
        { key: 'legal', label: 'Legal name', value: legalName(pupil) },
        {
          key: 'preferred',
          label: 'Preferred first name',
          value: pupil.preferredName ?? <NotGiven />,
        },
        {
          key: 'dob',
          label: 'Date of birth',
          value: `${formatDate(pupil.dateOfBirth)} (age ${String(pupil.age)})`,
        },
        { key: 'year', label: 'Year group', value: yearGroupLabel(pupil.yearGroup) },
        { key: 'upn', label: 'Unique pupil number (UPN)', value: pupil.upn ?? <NotGiven /> },
        { key: 'sex', label: 'Sex', value: sexLabel(pupil.sex) },
        { key: 'gender', label: 'Gender', value: pupil.gender ?? <NotGiven /> },
        {
          key: 'sen',
          label: 'Special educational needs or disability (SEN)',
          value: yesNo(pupil.senFlag),
        },
        { key: 'lac', label: 'Looked-after child', value: yesNo(pupil.lookedAfter) },
      ]}
    />
  );
}
