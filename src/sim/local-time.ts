/**
 * `yyyy-MM-dd HH:mm:ss` in the request's time zone (the `timezoneid` header), as the vendor shows
 * times. The contract accepts IANA names and fixed offsets (`+08:00`, `GMT+08:00`, `Z`); Intl in
 * Node 20 knows only the names, so offsets are applied by hand. A name the contract accepts but
 * no time-zone database knows is read as the default zone, Asia/Singapore, rather than refused:
 * the contract is the judge of what is valid (docs/simulator.md).
 */
export const DEFAULT_TIME_ZONE = 'Asia/Singapore';

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
    const options = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' } as const;
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone, ...options });
    } catch {
      f = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE, ...options });
    }
    formats.set(timeZone, f);
  }
  return f;
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
