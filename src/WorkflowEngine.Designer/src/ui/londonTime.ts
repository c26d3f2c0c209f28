const londonFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant shown as people in England read it, whatever the browser's own time zone. */
export function londonTime(instant: string | null | undefined): string {
  if (!instant) return 'not set';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : londonFormat.format(date);
}
