#!/usr/bin/env python3
"""The occurrences of every event of an iCalendar file in [FROM, TO), expanded by
python3-recurring-ical-events: an implementation independent of Vieraugen, for differential tests.

Usage: ics_occurrences.py FILE FROM TO ZONE
FROM and TO are dates (YYYY-MM-DD); floating times are read in the IANA zone ZONE.
Prints a JSON list of {"uid", "start", "end", "summary"} sorted by start: instants in UTC
(YYYY-MM-DDTHH:MM:SSZ), all-day occurrences as dates (YYYY-MM-DD)."""
import datetime
import json
import sys
import zoneinfo

import icalendar
import recurring_ical_events


def main():
    path, first, last, zone_name = sys.argv[1:5]
    zone = zoneinfo.ZoneInfo(zone_name)
    with open(path, 'rb') as file:
        data = file.read()
    calendar = icalendar.Calendar.from_ical(data.removeprefix(b'\xef\xbb\xbf'))

    def text(value):
        if isinstance(value, datetime.datetime):
            if value.tzinfo is None:
                value = value.replace(tzinfo=zone)
            return value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        return value.isoformat()

    occurrences = []
    for event in recurring_ical_events.of(calendar).between(
            datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)):
        start = event['DTSTART'].dt
        if 'DTEND' in event:
            end = event['DTEND'].dt
        elif 'DURATION' in event:
            end = start + event['DURATION'].dt
        else:
            end = start
        occurrences.append({'uid': str(event['UID']), 'start': text(start), 'end': text(end),
                            'summary': str(event.get('SUMMARY', ''))})
    occurrences.sort(key=lambda o: (o['start'], o['uid']))
    print(json.dumps(occurrences, indent=1))


if __name__ == '__main__':
    main()
