/** Times of day (`9.30pm`, `14:00 GMT`, `noon`) and race times on a clock face (`2:03:45`). */
import type { NumberValue } from '../model';
import { Kind } from './lexer';
import { type Ctx, emit } from './context';
import type { Qualifier } from './rules';
import { withQ } from './temporalValues';

type Q = Qualifier | undefined;

const ZONES: ReadonlySet<string> = new Set([
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'MSK', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT',
  'PST', 'PDT', 'ET', 'PT', 'JST', 'AEST', 'AEDT', 'IST', 'WIB', 'SGT', 'HKT',
]);

function zoneAt(ctx: Ctx, j: number): { end: number; zone?: string } {
  const t = ctx.toks[j]!;
  if (t.k === Kind.Word && ZONES.has(t.t)) return { end: j + 1, zone: t.t };
  if (t.lc === 'local' && ctx.toks[j + 1]!.lc === 'time') return { end: j + 2, zone: 'local time' };
  return { end: j };
}

/** `pm`, `p.m.`, `a.m.` at `j`: the hour offset and the end. */
function ampmAt(ctx: Ctx, j: number): { pm: boolean; end: number } | undefined {
  const t = ctx.toks[j]!;
  if (t.lc === 'am' || t.lc === 'pm') return { pm: t.lc === 'pm', end: j + 1 };
  if ((t.lc === 'a' || t.lc === 'p') && ctx.toks[j + 1]!.t === '.' && ctx.toks[j + 2]!.lc === 'm' && !ctx.toks[j + 2]!.sp) {
    const dot = ctx.toks[j + 3]!;
    return { pm: t.lc === 'p', end: dot.t === '.' && !dot.sp ? j + 4 : j + 3 };
  }
  return undefined;
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

export function timeValue(h: number, min: number, zone: string | undefined): NumberValue {
  const hm = `${pad2(h)}:${pad2(min)}`;
  const time = zone ? `${hm} ${zone}` : hm;
  return { time, display: time };
}

/** A time of day starting at the number token `i`. */
export function timeAt(ctx: Ctx, i: number, start: number, q: Q): number {
  const t = ctx.toks[i]!;
  let h: number;
  let min = 0;
  let j = i + 1;
  const hm = /^(\d{1,2})[:.](\d{2})$/.exec(t.t);
  if (hm) {
    h = Number(hm[1]);
    min = Number(hm[2]);
    if (min > 59 || h > 24) return -1;
    const isColon = t.t.includes(':');
    const ap = ampmAt(ctx, j);
    if (ap) {
      if (h > 12) return -1;
      h = (h % 12) + (ap.pm ? 12 : 0);
      j = ap.end;
    } else if (!isColon) return -1; // `1.30` alone is a decimal
  } else if (/^\d{1,2}$/.test(t.t)) {
    h = Number(t.t);
    const ap = ampmAt(ctx, j);
    if (ap && h >= 1 && h <= 12) {
      h = (h % 12) + (ap.pm ? 12 : 0);
      j = ap.end;
    } else if (ctx.toks[j]!.lc === "o'clock" && h >= 1 && h <= 12) {
      j++;
    } else return -1;
  } else if (/^\d{4}$/.test(t.t) && ZONES.has(ctx.toks[j]!.t)) {
    h = Number(t.t.slice(0, 2));
    min = Number(t.t.slice(2));
    if (h > 23 || min > 59) return -1;
  } else return -1;
  const z = zoneAt(ctx, j);
  return emit(ctx, start, z.end, 'time', withQ(timeValue(h, min, z.zone), q));
}

/**
 * A race or record time on a clock face (`won in 2:03:45`, `1:42.35`): a duration in seconds.
 * `h:mm:ss` needs a word that introduces a time taken before it; `m:ss.hh` is always one.
 */
export function raceTimeAt(ctx: Ctx, i: number, start: number, q: Q): number {
  const t = ctx.toks[i]!;
  const hms = /^(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(t.t);
  const ms = /^(\d{1,2}):(\d{2})\.(\d{1,3})$/.exec(t.t);
  if (!hms && !ms) return -1;
  const next = ctx.toks[i + 1]!;
  if (ampmAt(ctx, i + 1) || ZONES.has(next.t) || next.lc === 'local') return -1;
  let secs: number;
  if (hms) {
    if (!RACE_TIME_PREV.has(ctx.toks[start - 1]?.lc ?? '')) return -1;
    if (Number(hms[2]) > 59 || Number(hms[3]) > 59) return -1;
    secs = Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]) + Number(`0.${hms[4] ?? '0'}`);
  } else {
    if (Number(ms![2]) > 59) return -1;
    secs = Number(ms![1]) * 60 + Number(ms![2]) + Number(`0.${ms![3]}`);
  }
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = Math.round((secs % 60) * 1000) / 1000;
  const parts = [h ? `${h} h` : '', h || m ? `${m} min` : '', `${s} s`].filter((x) => x);
  return emit(ctx, start, i + 1, 'duration', withQ({ value: secs, unit: 'second', display: parts.join(' ') }, q));
}

const RACE_TIME_PREV: ReadonlySet<string> = new Set([
  'in', 'of', 'time', 'clocked', 'timed', 'record', 'best', 'finished', 'won', 'ran', 'completed', 'winning',
]);
