/** One timer per client for every attempt's timeout (src/attempt-timeouts.ts). */
import { expect, it } from "vitest";
import { AttemptTimeouts, TIMEOUT } from "../../src/attempt-timeouts.js";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

it("aborts each attempt at its own time, a shorter one started later first; a stopped one never", async () => {
  const t = new AttemptTimeouts();
  const [long, short, stopped] = [new AbortController(), new AbortController(), new AbortController()];
  const order: string[] = [];
  long.signal.addEventListener("abort", () => order.push("long"));
  short.signal.addEventListener("abort", () => order.push("short"));
  t.start(120, long);
  const s = t.start(400, stopped);
  t.start(30, short);
  t.stop(s);
  await wait(80);
  expect(order).toEqual(["short"]);
  expect(short.signal.reason).toBe(TIMEOUT);
  await wait(100);
  expect(order).toEqual(["short", "long"]);
  await wait(300);
  expect(stopped.signal.aborted).toBe(false);
});

it("holds the process open only while an attempt is in flight", () => {
  const t = new AttemptTimeouts();
  const e = t.start(60_000, new AbortController());
  const timer = (t as unknown as { timer: NodeJS.Timeout }).timer;
  expect(timer.hasRef()).toBe(true);
  t.stop(e);
  expect(timer.hasRef()).toBe(false);
  t.stop(t.start(60_000, new AbortController()));
  expect(timer.hasRef()).toBe(false);
  clearTimeout(timer);
});
