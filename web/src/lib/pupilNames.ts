interface Named {
  legalFirstName: string;
  legalLastName: string;
}

export function legalName(p: Named): string {
  return `${p.legalFirstName} ${p.legalLastName}`;
}
