import { AdultTag, Tag } from '../../components/Tag';

interface Flags {
  isAdult: boolean;
  senFlag: boolean;
  lookedAfter: boolean;
}

export function PupilTags({ pupil }: { pupil: Flags }) {
  if (!pupil.isAdult && !pupil.senFlag && !pupil.lookedAfter) return null;
  return (
    <ul className="haven-tag-list">
      {pupil.isAdult ? (
        <li>
          <AdultTag />
        </li>
      ) : null}
      {pupil.senFlag ? (
        <li>
          <Tag colour="purple">SEN</Tag>
        </li>
      ) : null}
      {pupil.lookedAfter ? (
        <li>
          <Tag colour="orange">Looked after</Tag>
        </li>
      ) : null}
    </ul>
  );
}
