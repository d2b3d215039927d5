/** GET parameters of the station pages: each read on its own, a bad value is dropped (never a 500). */
export const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

const TRACKING = /^[A-Z]{2}-\d{4}-\d{6}-[0-9A-Z]$/;

/** A tracking number to confirm after a redirect; anything else is ignored. */
export function trackingParam(value: string | string[] | undefined): string | null {
  const v = first(value);
  return v && TRACKING.test(v) ? v : null;
}
