import { useEffect, useState } from 'preact/hooks';

/**
 * How long a search's status must stay unchanged before the live region speaks it. Results follow
 * every keystroke within milliseconds; a polite region fed a count per keystroke queues them all,
 * and a screen reader reads stale counts long after the user stopped typing.
 */
const ANNOUNCE_AFTER_MS = 500;

/**
 * The live region's text: empty at once when the status changes (nothing is announced for a query
 * still being typed), the new status once it has held for `delayMs`.
 */
export function useSettledAnnouncement(status: string, delayMs = ANNOUNCE_AFTER_MS): string {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    setSpoken('');
    if (!status) return;
    const timer = setTimeout(() => setSpoken(status), delayMs);
    return () => clearTimeout(timer);
  }, [status, delayMs]);
  return spoken;
}
