let counter = 0;

/** A key for items in editable lists (React needs a stable key per row). */
export function nextKey(): string {
  counter += 1;
  return `k${String(counter)}`;
}
