export interface Option {
  value: string;
  label: string;
}

export const YEAR_GROUPS: Option[] = [
  { value: 'N1', label: 'Nursery 1' },
  { value: 'N2', label: 'Nursery 2' },
  { value: 'R', label: 'Reception' },
  ...Array.from({ length: 14 }, (_, i) => ({ value: String(i + 1), label: `Year ${i + 1}` })),
];

export function yearGroupLabel(value: string): string {
  return YEAR_GROUPS.find((y) => y.value === value)?.label ?? value;
}

export const SEX_OPTIONS: Option[] = [
  { value: 'F', label: 'Female' },
  { value: 'M', label: 'Male' },
  { value: 'U', label: 'Unknown' },
];

export function sexLabel(value: string): string {
  return SEX_OPTIONS.find((s) => s.value === value)?.label ?? value;
}
