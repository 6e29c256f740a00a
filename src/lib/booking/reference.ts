// A booking reference a person can read out to their manager: the first 8 hex digits of the booking's id, upper case,
// in two groups of four ("3F2A-9C1D"). Shown on the confirmation page, My learning and the booking e-mail's page.
export function bookingReference(bookingId: string): string {
  const hex = bookingId.replace(/-/g, '').slice(0, 8).toUpperCase();
  if (!/^[0-9A-F]{8}$/.test(hex)) throw new Error(`Not a booking id: ${bookingId}`);
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}
