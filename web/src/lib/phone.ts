/** A phone number as a link a phone can dial: "0345 603 7627" → "tel:03456037627". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
