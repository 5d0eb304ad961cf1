export type Sex = 'F' | 'M' | 'U';

export interface EmergencyContact {
  name: string;
  relationship: string;
  phones: string[];
  priority: number;
}

export interface PupilInput {
  legalFirstName: string;
  legalLastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  upn: string | null;
  sex: Sex;
  gender: string | null;
  yearGroup: string;
  senFlag: boolean;
  lookedAfter: boolean;
  emergencyContacts: EmergencyContact[];
}

export interface Pupil extends PupilInput {
  id: string;
  displayName: string;
  age: number;
  isAdult: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface PupilSummary {
  id: string;
  displayName: string;
  legalFirstName: string;
  legalLastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  yearGroup: string;
  upn: string | null;
  isAdult: boolean;
  senFlag: boolean;
  lookedAfter: boolean;
}
