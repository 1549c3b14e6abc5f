/**
 * `yyyy-MM-dd HH:mm:ss` in the request's time zone (the `timezoneid` header), as the vendor shows
 * times. The contract accepts IANA names and fixed offsets (`+08:00`, `GMT+08:00`, `Z`); Intl in
 * Node 20 knows only the names, so offsets are applied by hand.
 */
import { SimFailure } from './envelope.js';

const formats = new Map<string, Intl.DateTimeFormat>();
const OFFSET = /^(?:(?:UTC|GMT|UT)?([+-])([0-9]{1,2})(?::?([0-9]{2}))?(?::?([0-9]{2}))?|Z)$/;

function offsetMs(zone: string): number | undefined {
  const m = OFFSET.exec(zone);
  if (!m) return undefined;
  if (zone === 'Z') return 0;
  const ms = ((Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    } catch {
      throw new SimFailure(400, `/headers/timezoneid: timeZone (${JSON.stringify(timeZone)} is neither a known IANA time-zone id nor an offset)`);
    }
    formats.set(timeZone, f);
  }
  return f;
}

/** Checks the zone up front so a bad header is refused before anything is applied. */
export function assertTimeZone(timeZone: string): void {
  if (offsetMs(timeZone) === undefined) formatter(timeZone);
}

export function localTime(ms: number, timeZone: string): string {
  const offset = offsetMs(timeZone);
  const [zone, at] = offset === undefined ? [timeZone, ms] : ['UTC', ms + offset];
  const parts = Object.fromEntries(formatter(zone).formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Today's date (`yyyy-MM-dd`) in a time zone: forbidden numbers expire by date. */
export function localDate(ms: number, timeZone: string): string {
  return localTime(ms, timeZone).slice(0, 10);
}
