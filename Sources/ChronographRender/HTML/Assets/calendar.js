// Time on the page is a number of days since 1970-01-01 (fractions are times of day), the unit
// the embedded data uses. This file turns days into calendar dates and back, and chooses the ticks
// of the time axis for a zoom level, from centuries down to hours.

const MS_PER_DAY = 86400000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** {year, month (0-11), day (1-31), hour, minute, weekday} of a day number (UTC, proleptic Gregorian). */
function dateOf(t) {
  const d = new Date(Math.floor(t * 1440) * 60000);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), weekday: d.getUTCDay(),
  };
}

/** The day number of a calendar date (month 0-11; months and days past the end roll over). */
function dayOf(year, month, day) {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  d.setUTCHours(0, 0, 0, 0);
  return Math.round(d.getTime() / MS_PER_DAY);
}

function yearText(y) {
  return y > 0 ? String(y) : (1 - y) + " BCE";
}

function pad2(n) {
  return n < 10 ? "0" + n : String(n);
}

/** `2024-01-05`, or `2024-01-05T14:30` when the time has a clock part (for the URL fragment). */
function isoText(t, withTime) {
  const d = dateOf(t);
  const y = d.year >= 0 && d.year <= 9999 ? String(d.year).padStart(4, "0") : String(d.year);
  const day = y + "-" + pad2(d.month + 1) + "-" + pad2(d.day);
  return withTime ? day + "T" + pad2(d.hour) + ":" + pad2(d.minute) : day;
}

/** Reads `2024-01-05` or `2024-01-05T14:30` (years may be negative); null when it is not a date. */
function parseISO(text) {
  const m = /^(-?\d{1,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(String(text || "").trim());
  if (!m) return null;
  const month = Number(m[2]), day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let t = dayOf(Number(m[1]), month - 1, day);
  if (m[4] !== undefined) t += (Number(m[4]) * 60 + Number(m[5])) / 1440;
  return t;
}

/** "5 January 2024". */
function dayText(t) {
  const d = dateOf(t);
  return d.day + " " + MONTHS[d.month] + " " + yearText(d.year);
}

// Tick units, finest first: each knows how to round a day down to its start, step on, and label.
const TICK_UNITS = [
  hourUnit(1), hourUnit(3), hourUnit(6), hourUnit(12),
  dayUnit(1), dayUnit(2), weekUnit(),
  monthUnit(1), monthUnit(3), monthUnit(6),
  yearUnit(1), yearUnit(2), yearUnit(5), yearUnit(10), yearUnit(20), yearUnit(50),
  yearUnit(100), yearUnit(200), yearUnit(500), yearUnit(1000),
];

function hourUnit(n) {
  return {
    name: "hour", size: n / 24,
    floor: (t) => Math.floor(t * 24 / n) * n / 24,
    next: (t) => Math.round((t + n / 24) * 24) / 24,
    label: (t) => pad2(dateOf(t + 1e-9).hour) + ":00",
    major: "day",
  };
}

function dayUnit(n) {
  return {
    name: "day", size: n,
    floor: (t) => { const d = dateOf(t); return dayOf(d.year, d.month, d.day - ((d.day - 1) % n)); },
    next: (t) => {
      // Steps restart on the 1st of each month, so the labels read 1, 3, 5 ... in every month.
      const d = dateOf(t + 1e-9);
      const lastDay = dateOf(dayOf(d.year, d.month + 1, 0)).day;
      return d.day + n > lastDay ? dayOf(d.year, d.month + 1, 1) : dayOf(d.year, d.month, d.day + n);
    },
    label: (t) => { const d = dateOf(t + 1e-9); return n === 1 ? WEEKDAYS[d.weekday] + " " + d.day : String(d.day); },
    major: "month",
  };
}

function weekUnit() {
  return {
    name: "week", size: 7,
    floor: (t) => { const day = Math.floor(t); const wd = dateOf(day).weekday; return day - ((wd + 6) % 7); },
    next: (t) => Math.round(t) + 7,
    label: (t) => String(dateOf(t + 1e-9).day),
    major: "month",
  };
}

function monthUnit(n) {
  return {
    name: "month", size: 30.44 * n,
    floor: (t) => { const d = dateOf(t); return dayOf(d.year, d.month - (d.month % n), 1); },
    next: (t) => { const d = dateOf(t + 1e-9); return dayOf(d.year, d.month + n, 1); },
    label: (t) => SHORT_MONTHS[dateOf(t + 1e-9).month],
    major: "year",
  };
}

function yearUnit(n) {
  const floorYear = (y) => Math.floor(y / n) * n;
  return {
    name: "year", size: 365.25 * n,
    floor: (t) => dayOf(floorYear(dateOf(t).year), 0, 1),
    next: (t) => dayOf(dateOf(t + 1e-9).year + n, 0, 1),
    label: (t) => yearText(dateOf(t + 1e-9).year),
    major: n < 10 ? "decade" : n < 100 ? "century" : null,
  };
}

// The coarser row above the ticks: the day, month, year, decade or century they fall in.
const MAJOR_UNITS = {
  day: { floor: (t) => Math.floor(t), next: (t) => Math.round(t) + 1, label: (t) => { const d = dateOf(t + 1e-9); return WEEKDAYS[d.weekday] + " " + d.day + " " + MONTHS[d.month] + " " + yearText(d.year); } },
  month: { floor: (t) => { const d = dateOf(t); return dayOf(d.year, d.month, 1); }, next: (t) => { const d = dateOf(t + 1e-9); return dayOf(d.year, d.month + 1, 1); }, label: (t) => { const d = dateOf(t + 1e-9); return MONTHS[d.month] + " " + yearText(d.year); } },
  year: { floor: (t) => dayOf(dateOf(t).year, 0, 1), next: (t) => dayOf(dateOf(t + 1e-9).year + 1, 0, 1), label: (t) => yearText(dateOf(t + 1e-9).year) },
  decade: { floor: (t) => dayOf(Math.floor(dateOf(t).year / 10) * 10, 0, 1), next: (t) => dayOf(dateOf(t + 1e-9).year + 10, 0, 1), label: (t) => yearText(dateOf(t + 1e-9).year) + "s" },
  century: { floor: (t) => dayOf(Math.floor(dateOf(t).year / 100) * 100, 0, 1), next: (t) => dayOf(dateOf(t + 1e-9).year + 100, 0, 1), label: (t) => yearText(dateOf(t + 1e-9).year) + "s" },
};

/** The finest tick unit whose ticks stand at least `minPixels` apart at `pxPerDay`. */
function tickUnitFor(pxPerDay, minPixels) {
  for (const unit of TICK_UNITS) if (unit.size * pxPerDay >= minPixels) return unit;
  return TICK_UNITS[TICK_UNITS.length - 1];
}

/** Tick positions (days) of a unit from `start` to `end`, at most `limit` of them. */
function ticksBetween(unit, start, end, limit) {
  const out = [];
  let t = unit.floor(start);
  while (t <= end && out.length < limit) {
    out.push(t);
    const n = unit.next(t);
    if (!(n > t)) break;
    t = n;
  }
  return out;
}
