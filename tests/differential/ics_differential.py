#!/usr/bin/python3
"""Differential test of Vieraugen's calendar import against an independent implementation.

Every calendar (the fixture files, then seeded random ones) is imported with
`vieraugen-cli import` into a fresh data folder; the occurrences `vieraugen-cli list --json`
shows over ten years (start instant, end instant) must equal what python3-icalendar and
python3-recurring-ical-events expand from the same file. Then the calendar is exported, the
export imported again (the listing must not change), and Python reads the export to the same
occurrences.

    ics_differential.py --cli build/debug/app/vieraugen-cli --fixtures tests/data/ics \
        --count 500 --seed 13

Run it with Debian's /usr/bin/python3, which has the Debian packages. The count can also be set
with VIERAUGEN_DIFFERENTIAL_COUNT. Calendars that differ are kept under --keep (default: a
folder in the temporary directory) with what each side listed.
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import zoneinfo

import icalendar
import icalendar.prop
import recurring_ical_events
from dateutil import rrule as dateutil_rrule
from icalendar.timezone_cache import _timezone_cache

# The zone vieraugen-cli runs in: floating times and all-day dates are read in it.
VIEWER_ZONE = "Europe/Berlin"
WINDOW_FIRST_DAY = datetime.date(2024, 1, 1)
WINDOW_LAST_DAY = datetime.date(2033, 12, 31)


def window():
    zone = zoneinfo.ZoneInfo(VIEWER_ZONE)
    start = datetime.datetime.combine(WINDOW_FIRST_DAY, datetime.time(), zone)
    stop = datetime.datetime.combine(WINDOW_LAST_DAY + datetime.timedelta(days=1), datetime.time(), zone)
    return start.timestamp(), stop.timestamp()


# --------------------------------------------------------------------------------------------
# The reference: icalendar + recurring-ical-events


def instant(value):
    """Epoch seconds of a DTSTART/DTEND value as Vieraugen shows it to a viewer in VIEWER_ZONE."""
    zone = zoneinfo.ZoneInfo(VIEWER_ZONE)
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:  # floating: the viewer's wall clock
            return value.replace(tzinfo=zone).timestamp()
        return value.timestamp()
    return datetime.datetime.combine(value, datetime.time(), zone).timestamp()  # a date


def aware(naive, tzid):
    """A wall-clock time in the zone TZID names, resolved the way icalendar resolves DTSTART."""
    text = naive.strftime("%Y%m%dT%H%M%S")
    return icalendar.prop.vDatetime.from_ical(text, timezone=tzid) if tzid else naive


def take_out_periods(calendar):
    """recurring-ical-events 2.0.1 cannot expand RDATE;VALUE=PERIOD (icalendar 4 hands the values
    over as tuples, without their TZID, and every repetition gets the series' length). The periods
    are taken out of the events and expanded here: (start, end) per period, minus EXDATEs."""
    expanded = []
    for event in calendar.walk("VEVENT"):
        properties = event.get("RDATE")
        if properties is None:
            continue
        properties = properties if isinstance(properties, list) else [properties]
        excluded = set()
        exdates = event.get("EXDATE", [])
        for exdate in exdates if isinstance(exdates, list) else [exdates]:
            excluded.update(instant(value.dt) for value in exdate.dts)
        kept = []
        for prop in properties:
            if str(prop.params.get("VALUE", "")).upper() != "PERIOD":
                kept.append(prop)
                continue
            tzid = prop.params.get("TZID")
            for value in prop.dts:
                begin, end = value.dt
                begin = aware(begin, tzid) if begin.tzinfo is None else begin
                end = begin + end if isinstance(end, datetime.timedelta) else (
                    aware(end, tzid) if end.tzinfo is None else end)
                if instant(begin) not in excluded:
                    expanded.append((instant(begin), instant(end)))
        del event["RDATE"]
        for prop in kept:
            event.add("RDATE", [value.dt for value in prop.dts], parameters=dict(prop.params))
    return expanded


REFERENCE_LOCK = threading.Lock()


def reference_occurrences(ics):
    """Sorted (start, end) epoch seconds of every occurrence in the window, by the reference."""
    with REFERENCE_LOCK:  # icalendar keeps custom VTIMEZONEs in one global cache
        return _reference_occurrences(ics)


def _reference_occurrences(ics):
    _timezone_cache.clear()  # a custom TZID of one file must not define another file's zone
    # icalendar 4 cannot read a file that starts with a byte order mark.
    calendar = icalendar.Calendar.from_ical(ics[3:] if ics.startswith(b"\xef\xbb\xbf") else ics)
    occurrences = take_out_periods(calendar)
    # RFC 5545 3.6.1: a DATE start without DTEND or DURATION lasts one day (2.0.1 makes it zero).
    for event in calendar.walk("VEVENT"):
        start = event.get("DTSTART")
        if start is not None and not isinstance(start.dt, datetime.datetime) \
                and "DTEND" not in event and "DURATION" not in event:
            event.add("DTEND", start.dt + datetime.timedelta(days=1))
    margin = datetime.timedelta(days=3)
    events = recurring_ical_events.of(calendar).between(
        datetime.datetime.combine(WINDOW_FIRST_DAY, datetime.time()) - margin,
        datetime.datetime.combine(WINDOW_LAST_DAY, datetime.time()) + margin)
    for event in events:
        start = event["DTSTART"].dt
        end = event["DTEND"].dt if "DTEND" in event else start
        occurrences.append((instant(start), instant(end)))
    first, stop = window()
    return sorted(o for o in occurrences if o[0] < stop and o[1] > first)


# --------------------------------------------------------------------------------------------
# Vieraugen


class Cli:
    def __init__(self, executable):
        self.executable = executable
        self.environment = dict(os.environ, TZ=VIEWER_ZONE, LC_ALL="C.UTF-8", LANGUAGE="",
                                QT_QPA_PLATFORM="offscreen")

    def run(self, data_dir, *arguments):
        result = subprocess.run([self.executable, "--data-dir", data_dir, *arguments],
                                capture_output=True, text=True, env=self.environment, timeout=120)
        return result.returncode, result.stdout, result.stderr

    def occurrences(self, data_dir):
        code, out, err = self.run(data_dir, "list", "--json", "--from", WINDOW_FIRST_DAY.isoformat(),
                                  "--to", WINDOW_LAST_DAY.isoformat())
        if code != 0:
            raise RuntimeError(f"list failed ({code}): {err.strip()}")
        listed = json.loads(out)
        return sorted((datetime.datetime.fromisoformat(o["start"]).timestamp(),
                       datetime.datetime.fromisoformat(o["end"]).timestamp()) for o in listed)

    def import_file(self, data_dir, path):
        code, out, err = self.run(data_dir, "import", path)
        if code != 0:
            raise RuntimeError(f"import refused ({code}): {(out + err).strip()}")
        return out + err


def describe(occurrences, limit=12):
    zone = zoneinfo.ZoneInfo("UTC")
    lines = [f"{datetime.datetime.fromtimestamp(s, zone):%Y-%m-%d %H:%M}Z +{(e - s) / 60:g} min"
             for s, e in occurrences[:limit]]
    if len(occurrences) > limit:
        lines.append(f"… {len(occurrences) - limit} more")
    return lines


def difference(ours, theirs):
    only_ours = sorted(set(ours) - set(theirs))
    only_theirs = sorted(set(theirs) - set(ours))
    text = []
    if len(ours) != len(set(ours)):
        text.append("Vieraugen lists a date twice")
    if only_ours:
        text.append("only Vieraugen: " + "; ".join(describe(only_ours)))
    if only_theirs:
        text.append("only the reference: " + "; ".join(describe(only_theirs)))
    return text or ["different counts of the same dates"]


def compare(cli, name, ics, work):
    """Returns a list of problems (empty: identical)."""
    folder = tempfile.mkdtemp(dir=work)
    try:
        path = os.path.join(folder, "calendar.ics")
        with open(path, "wb") as file:
            file.write(ics)
        try:
            theirs = reference_occurrences(ics)
        except Exception as error:  # the reference cannot read it: nothing to compare
            return [f"{name}: the reference cannot read it: {error!r}"]
        first = os.path.join(folder, "first")
        try:
            cli.import_file(first, path)
            ours = cli.occurrences(first)
        except RuntimeError as error:
            return [f"{name}: {error}"]
        problems = []
        if ours != theirs:
            problems.append(f"{name}: import differs from the reference ({len(ours)} vs {len(theirs)}): "
                            + " | ".join(difference(ours, theirs)))
            return problems

        exported = os.path.join(folder, "export.ics")
        code, _, err = cli.run(first, "export", exported)
        if code != 0:
            return [f"{name}: export failed: {err.strip()}"]
        second = os.path.join(folder, "second")
        try:
            cli.import_file(second, exported)
            again = cli.occurrences(second)
        except RuntimeError as error:
            return [f"{name}: re-import of the export: {error}"]
        if again != ours:
            problems.append(f"{name}: export → import changes the listing: " + " | ".join(difference(again, ours)))
        with open(exported, "rb") as file:
            export_text = file.read()
        try:
            read_back = reference_occurrences(export_text)
        except Exception as error:
            return problems + [f"{name}: the reference cannot read our export: {error!r}"]
        if read_back != ours:
            problems.append(f"{name}: the reference reads our export differently: "
                            + " | ".join(difference(ours, read_back)))
        return problems
    finally:
        if not os.environ.get("VIERAUGEN_DIFFERENTIAL_KEEP_ALL"):
            shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# The generator


IANA_ZONES = ["Europe/Berlin", "Europe/London", "Europe/Dublin", "Europe/Helsinki", "Europe/Lisbon",
              "America/New_York", "America/Los_Angeles", "America/St_Johns", "America/Sao_Paulo",
              "America/Halifax", "Australia/Sydney", "Australia/Adelaide", "Australia/Lord_Howe",
              "Australia/Perth", "Asia/Tokyo", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Tehran",
              "Asia/Singapore", "Pacific/Auckland"]
# Windows names as Outlook and Exchange write them, with the IANA zone both sides map them to.
WINDOWS_ZONES = {"W. Europe Standard Time": "Europe/Berlin", "GMT Standard Time": "Europe/London",
                 "Romance Standard Time": "Europe/Paris", "Eastern Standard Time": "America/New_York",
                 "Pacific Standard Time": "America/Los_Angeles", "AUS Eastern Standard Time": "Australia/Sydney",
                 "Cen. Australia Standard Time": "Australia/Adelaide", "Tokyo Standard Time": "Asia/Tokyo",
                 "India Standard Time": "Asia/Kolkata", "New Zealand Standard Time": "Pacific/Auckland"}


def observance(kind, start, offset_from, offset_to, rule=None):
    lines = [f"BEGIN:{kind}", f"DTSTART:{start}", f"TZOFFSETFROM:{offset_from}", f"TZOFFSETTO:{offset_to}"]
    if rule:
        lines.append(f"RRULE:{rule}")
    return lines + [f"END:{kind}"]


# Rules the way Outlook writes them (from 1601 on, one RRULE each); the IANA zone they match.
CUSTOM_RULES = {
    "Europe/Berlin": (observance("STANDARD", "16011028T030000", "+0200", "+0100", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")
                      + observance("DAYLIGHT", "16010325T020000", "+0100", "+0200", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3")),
    "America/New_York": (observance("STANDARD", "16011104T020000", "-0400", "-0500", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11")
                         + observance("DAYLIGHT", "16010311T020000", "-0500", "-0400", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3")),
    "Australia/Sydney": (observance("STANDARD", "16010401T030000", "+1100", "+1000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4")
                         + observance("DAYLIGHT", "16011007T020000", "+1000", "+1100", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=10")),
    "Asia/Tokyo": observance("STANDARD", "16010101T000000", "+0900", "+0900"),
    "Asia/Kolkata": observance("STANDARD", "16010101T000000", "+0530", "+0530"),
}
CUSTOM_NAMES = {
    "Europe/Berlin": ["(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien", "Customized Time Zone",
                      "(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna"],
    "America/New_York": ["(UTC-05:00) Eastern Time (US & Canada)", "Eastern"],
    "Australia/Sydney": ["(UTC+10:00) Canberra, Melbourne, Sydney", "Customized Time Zone 1"],
    "Asia/Tokyo": ["(UTC+09:00) Osaka, Sapporo, Tokyo"],
    "Asia/Kolkata": ["(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi"],
}

FREQUENCIES = {"DAILY": dateutil_rrule.DAILY, "WEEKLY": dateutil_rrule.WEEKLY,
               "MONTHLY": dateutil_rrule.MONTHLY, "YEARLY": dateutil_rrule.YEARLY}
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


class Zone:
    """Where a calendar's times live: tzid (None: UTC or floating), kind, the IANA zone it means."""

    def __init__(self, kind, tzid=None, iana=None, vtimezone=None):
        self.kind = kind  # "iana", "windows", "custom", "utc", "floating", "date"
        self.tzid = tzid
        self.iana = iana
        self.vtimezone = vtimezone

    def value(self, name, naive, extra=""):
        """A property with a wall-clock time (or a date) in this zone."""
        if self.kind == "date":
            return f"{name};VALUE=DATE{extra}:{naive:%Y%m%d}"
        if self.kind == "utc":
            return f"{name}{extra}:{naive:%Y%m%dT%H%M%S}Z"
        if self.kind == "floating":
            return f"{name}{extra}:{naive:%Y%m%dT%H%M%S}"
        return f"{name};TZID={self.tzid}{extra}:{naive:%Y%m%dT%H%M%S}"

    def offset(self, naive):
        return self.to_utc(naive) - naive.replace(tzinfo=datetime.timezone.utc)

    def to_utc(self, naive):
        if self.kind in ("utc", "date"):
            return naive.replace(tzinfo=datetime.timezone.utc)
        zone = zoneinfo.ZoneInfo(self.iana or VIEWER_ZONE)
        return naive.replace(tzinfo=zone).astimezone(datetime.timezone.utc)


def pick_zone(rng):
    kind = rng.choices(["iana", "windows", "custom", "utc", "floating", "date"], [5, 2, 2, 1, 1, 2])[0]
    if kind == "iana":
        return Zone(kind, *(2 * [rng.choice(IANA_ZONES)]))
    if kind == "windows":
        name = rng.choice(sorted(WINDOWS_ZONES))
        iana = WINDOWS_ZONES[name]
        rules = CUSTOM_RULES.get(iana)
        vtimezone = ["BEGIN:VTIMEZONE", f"TZID:{name}"] + rules + ["END:VTIMEZONE"] if rules else None
        return Zone(kind, name, iana, vtimezone)
    if kind == "custom":
        iana = rng.choice(sorted(CUSTOM_RULES))
        name = rng.choice(CUSTOM_NAMES[iana])
        quoted = f'"{name}"' if any(c in name for c in ",;:") else name
        vtimezone = ["BEGIN:VTIMEZONE", f"TZID:{name}"] + CUSTOM_RULES[iana] + ["END:VTIMEZONE"]
        return Zone(kind, quoted, iana, vtimezone)
    return Zone(kind)


def random_start(rng, zone):
    # Often just before a change of the clocks (March/April, October/November), so series cross it.
    month = rng.choice([3, 3, 4, 10, 10, 11, 1, 6, 8, 12])
    date = datetime.date(rng.randint(2024, 2031), month, rng.randint(1, 28))
    if zone.kind == "date":
        return datetime.datetime.combine(date, datetime.time())
    # 07:00–19:45: never inside a DST gap or fold of these zones.
    return datetime.datetime.combine(date, datetime.time(rng.randint(7, 19), rng.choice([0, 15, 30, 45])))


def random_rule(rng, all_day):
    freq = rng.choices(list(FREQUENCIES), [2, 5, 4, 1])[0]
    parts = [f"FREQ={freq}"]
    if rng.random() < 0.3:
        parts.append(f"INTERVAL={rng.choice([2, 3] if freq != 'DAILY' else [2, 3, 7])}")
    if freq == "WEEKLY" and rng.random() < 0.5:
        days = sorted(rng.sample(range(5 if not all_day else 7), rng.randint(1, 3)))
        parts.append("BYDAY=" + ",".join(WEEKDAYS[d] for d in days))
    elif freq == "MONTHLY":
        choice = rng.random()
        if choice < 0.35:
            parts.append(f"BYMONTHDAY={rng.choice([1, 5, 15, 28, -1])}")
        elif choice < 0.7:
            parts.append(f"BYDAY={rng.choice(['1', '2', '3', '-1'])}{rng.choice(WEEKDAYS[:5])}")
        else:
            parts.append("BYDAY=MO,TU,WE,TH,FR;BYSETPOS=" + rng.choice(["1", "-1", "2"]))
    elif freq == "YEARLY" and rng.random() < 0.5:
        parts.append(f"BYMONTH={rng.randint(1, 12)};BYMONTHDAY={rng.randint(1, 28)}")
    return ";".join(parts)


def rule_dates(rule, start, limit=400):
    """Wall-clock dates of a rule (dateutil), to choose EXDATEs, RECURRENCE-IDs and UNTIL from."""
    parsed = dateutil_rrule.rrulestr(rule, dtstart=start)
    dates = []
    for date in parsed:
        dates.append(date)
        if len(dates) >= limit or date.year > 2034:
            break
    return dates


def make_series(rng, zone, uid, summary):
    """The lines of one event (and its exceptions): a single appointment, a series by RRULE,
    or a series of RDATEs alone."""
    all_day = zone.kind == "date"
    start = random_start(rng, zone)
    shape = rng.choices(["single", "rule", "rdates"], [2, 8, 1])[0]
    rule = None
    dates = [start]
    if shape == "rule":
        rule = random_rule(rng, all_day)
        # DTSTART is the rule's first date, as RFC 5545 wants and every client writes.
        start = rule_dates(rule, start, 1)[0]
        dates = rule_dates(rule, start)
        ending = rng.random()
        if ending < 0.35:
            count = rng.randint(2, 40)
            rule += f";COUNT={count}"
            dates = dates[:count]
        elif ending < 0.7:
            last = dates[min(len(dates) - 1, rng.randint(1, 40))]
            # UNTIL on a date of the series includes it. The reference gets that wrong when the
            # offset from UTC changed since DTSTART (dateutil compares UNTIL with DTSTART's offset),
            # so there UNTIL falls between two dates, at least two hours after the last one.
            if not all_day and (rng.random() < 0.3 or zone.offset(last) != zone.offset(start)):
                last += datetime.timedelta(hours=rng.randint(2, 20))
            if all_day:
                rule += f";UNTIL={last:%Y%m%d}"
            elif zone.kind == "floating":
                rule += f";UNTIL={last:%Y%m%dT%H%M%S}"
            else:
                rule += f";UNTIL={zone.to_utc(last):%Y%m%dT%H%M%SZ}"
            dates = [d for d in dates if d <= last]
    if all_day:
        length = datetime.timedelta(days=rng.choice([1, 1, 1, 2, 3]))
    else:
        length = datetime.timedelta(minutes=rng.choice([30, 45, 50, 60, 90, 120, 240]))
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{summary}", "DTSTAMP:20260101T000000Z",
             zone.value("DTSTART", start)]
    if rng.random() < 0.15 and not all_day:
        lines.append(f"DURATION:PT{int(length.total_seconds() // 60)}M")
    else:
        lines.append(zone.value("DTEND", start + length))
    if rule:
        lines.append(f"RRULE:{rule}")
    day_taken = {d.date() for d in dates}
    extra = []
    if shape == "rdates" or (shape == "rule" and rng.random() < 0.35):
        for _ in range(rng.randint(1, 4)):
            candidate = start + datetime.timedelta(days=rng.randint(1, 900))
            if not all_day:
                candidate = candidate.replace(hour=rng.randint(7, 18), minute=rng.choice([0, 30]))
            if candidate.date() in day_taken:
                continue
            day_taken.add(candidate.date())
            extra.append(candidate)
            form = rng.random()
            if not all_day and zone.kind not in ("floating",) and form < 0.25:
                period = datetime.timedelta(minutes=rng.choice([20, 75, 150]))
                if zone.kind == "utc":
                    lines.append(f"RDATE;VALUE=PERIOD:{candidate:%Y%m%dT%H%M%S}Z/{candidate + period:%Y%m%dT%H%M%S}Z")
                elif rng.random() < 0.5:
                    lines.append(zone.value("RDATE", candidate, ";VALUE=PERIOD")
                                 + f"/{candidate + period:%Y%m%dT%H%M%S}")
                else:
                    lines.append(zone.value("RDATE", candidate, ";VALUE=PERIOD")
                                 + f"/PT{int(period.total_seconds() // 60)}M")
            elif not all_day and zone.kind not in ("floating", "utc") and form < 0.4:
                lines.append(f"RDATE:{zone.to_utc(candidate):%Y%m%dT%H%M%SZ}")  # Google writes UTC
            else:
                lines.append(zone.value("RDATE", candidate))
    candidates = dates[1:] + extra
    excluded = rng.sample(candidates, min(len(candidates), rng.choice([0, 0, 1, 2])))
    for date in excluded:
        if not all_day and zone.kind not in ("floating", "utc") and rng.random() < 0.3:
            lines.append(f"EXDATE:{zone.to_utc(date):%Y%m%dT%H%M%SZ}")
        else:
            lines.append(zone.value("EXDATE", date))
    lines.append("END:VEVENT")

    remaining = [d for d in dates[1:] if d not in excluded]
    for original in rng.sample(remaining, min(len(remaining), rng.choice([0, 0, 1, 2]))):
        moved = original + (datetime.timedelta(days=rng.choice([1, 2, 7])) if all_day or rng.random() < 0.5
                            else datetime.timedelta(hours=rng.choice([-3, -1, 1, 2])))
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{summary} (verschoben)", "DTSTAMP:20260101T000000Z",
                  zone.value("RECURRENCE-ID", original), zone.value("DTSTART", moved),
                  zone.value("DTEND", moved + length), "END:VEVENT"]
    return lines


def fold(line, rng):
    """RFC 5545 folding at 75 octets (or earlier, as some clients do), never inside a UTF-8 sequence."""
    data = line.encode()
    width = rng.choice([75, 75, 60, 40])
    parts = []
    while len(data) > width:
        cut = width
        while cut > 0 and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
        width = 74
    parts.append(data)
    return b"\r\n ".join(parts)


def generate(seed, index):
    rng = random.Random(f"{seed}-{index}")
    zone = pick_zone(rng)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Vieraugen//differential " + str(index) + "//EN"]
    if zone.vtimezone:
        lines += zone.vtimezone
    elif zone.kind == "iana" and rng.random() < 0.3:
        lines.append(f"X-WR-TIMEZONE:{zone.tzid}")
    titles = ["Beratung", "Erstgespräch", "Supervision", "Team", "Gruppe", "Sitzung mit Umlaut äöü"]
    for number in range(rng.randint(1, 3)):
        lines += make_series(rng, zone, f"gen-{seed}-{index}-{number}@vieraugen.test",
                             rng.choice(titles) + f" {number}")
    lines.append("END:VCALENDAR")
    body = b"\r\n".join(fold(line, rng) for line in lines) + b"\r\n"
    if rng.random() < 0.25:
        body = body.replace(b"\r\n", b"\n")  # LF only, as some exporters write
    if rng.random() < 0.1:
        body = b"\xef\xbb\xbf" + body  # a byte order mark
    return body


# --------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="the vieraugen-cli executable")
    parser.add_argument("--fixtures", action="append", default=[],
                        help="a folder of .ics files compared first (may be given more than once)")
    parser.add_argument("--count", type=int, default=int(os.environ.get("VIERAUGEN_DIFFERENTIAL_COUNT", 60)),
                        help="generated calendars (default 60, or VIERAUGEN_DIFFERENTIAL_COUNT)")
    parser.add_argument("--seed", type=int, default=int(os.environ.get("VIERAUGEN_DIFFERENTIAL_SEED", 13)))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", help="where to keep calendars that differ")
    parser.add_argument("--only", type=int, help="generate and compare calendar number ONLY alone")
    parser.add_argument("--write", help="only write the generated calendars into this folder")
    arguments = parser.parse_args()

    indexes = [arguments.only] if arguments.only is not None else list(range(arguments.count))
    if arguments.write:
        os.makedirs(arguments.write, exist_ok=True)
        for index in indexes:
            with open(os.path.join(arguments.write, f"generated-{arguments.seed}-{index}.ics"), "wb") as file:
                file.write(generate(arguments.seed, index))
        return 0

    cases = []
    for folder in arguments.fixtures if arguments.only is None else []:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".ics"):
                with open(os.path.join(folder, name), "rb") as file:
                    cases.append((name, file.read()))
    cases += [(f"generated #{index} (seed {arguments.seed})", generate(arguments.seed, index)) for index in indexes]
    # recurring-ical-events 2.0.1 applies a RANGE=THISANDFUTURE exception to its own date only;
    # tst_IcsCodec covers those files.
    for name, ics in [case for case in cases if b"RANGE=THISANDFUTURE" in case[1].upper()]:
        print(f"SKIPPED {name}: the reference does not implement RANGE=THISANDFUTURE")
        cases.remove((name, ics))

    cli = Cli(arguments.cli)
    work = tempfile.mkdtemp(prefix="vieraugen-differential-")
    keep = arguments.keep or os.path.join(tempfile.gettempdir(), "vieraugen-differential-mismatches")
    failures = 0
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=arguments.jobs) as pool:
            results = pool.map(lambda case: (case, compare(cli, case[0], case[1], work)), cases)
            for (name, ics), problems in results:
                if not problems:
                    continue
                failures += 1
                os.makedirs(keep, exist_ok=True)
                safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
                with open(os.path.join(keep, safe if safe.endswith(".ics") else safe + ".ics"), "wb") as file:
                    file.write(ics)
                for problem in problems:
                    print("MISMATCH " + problem)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    generated = len([case for case in cases if case[0].startswith("generated #")])
    fixtures = len(cases) - generated
    print(f"{fixtures} fixture files and {generated} generated calendars (seed {arguments.seed}) compared; "
          f"{failures} differ" + (f" (kept in {keep})" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
