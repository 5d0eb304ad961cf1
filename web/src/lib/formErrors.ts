import { ApiError } from '../api/client';

/** Field key (an API field name such as `emergencyContacts.0.phones`) → message. */
export type FormErrors = Record<string, string>;

/** Key for a problem that belongs to no single field. */
export const FORM_ERROR = '_form';

export function hasErrors(errors: FormErrors): boolean {
  return Object.keys(errors).length > 0;
}

interface Options {
  /** API field name → form field key, where they differ. */
  mapField?: (apiField: string) => string;
  /** Put errors that name no known field on this field (for one-field forms). */
  fallbackField?: string;
}

/** Turns a failed API call into form errors, putting field errors on the field they name. */
export function errorsFromApi(
  error: unknown,
  isKnownField: (field: string) => boolean,
  options: Options = {},
): FormErrors {
  const fallback = options.fallbackField ?? FORM_ERROR;
  if (!(error instanceof ApiError)) return { [fallback]: 'Something went wrong. Try again later.' };
  const field = error.field
    ? options.mapField
      ? options.mapField(error.field)
      : error.field
    : undefined;
  const message = error.message;
  if (field && isKnownField(field)) return { [field]: message };
  return { [fallback]: message };
}

/** Default mapping from a field key to the id of the input to focus. */
export function defaultFieldId(key: string): string {
  return key.replace(/\./g, '-');
}
