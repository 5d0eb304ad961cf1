import type { ReactNode } from 'react';

export type TagColour =
  | 'grey'
  | 'green'
  | 'teal'
  | 'blue'
  | 'light-blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

interface Props {
  children: ReactNode;
  colour?: TagColour;
  strong?: boolean;
}

export function Tag({ children, colour, strong }: Props) {
  const classes = [
    'govuk-tag',
    colour ? `govuk-tag--${colour}` : '',
    strong ? 'haven-tag--strong' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return <strong className={classes}>{children}</strong>;
}

/** Duty D03: a pupil who is 18 or over is an adult and needs adult safeguarding routes. */
export function AdultTag() {
  return (
    <Tag colour="red" strong>
      18 or over
    </Tag>
  );
}
