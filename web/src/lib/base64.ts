/** Base64 of raw bytes. Converted in slices: spreading megabytes into one call would overflow. */
export function base64Bytes(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += SLICE) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + SLICE)));
  }
  return btoa(parts.join(''));
}

/** Base64 of a string's UTF-8 bytes (btoa alone fails on characters outside Latin-1). */
export function base64Utf8(text: string): string {
  return base64Bytes(new TextEncoder().encode(text));
}
