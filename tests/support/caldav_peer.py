#!/usr/bin/python3
"""An independent CalDAV client (python3-caldav) for tests: it creates, changes, lists and
deletes events on a server, so a test sees Vieraugen interoperate with another program.

Connection from the environment: CALDAV_URL (server root), CALDAV_USER, CALDAV_PASSWORD,
CALDAV_CA_FILE (authority to trust for https; empty for plain loopback).

  caldav_peer.py put CALENDAR UID SUMMARY START END   create or replace a simple event
                                                      (START/END as 20261201T090000Z)
  caldav_peer.py put-file CALENDAR FILE               store an .ics file's calendar object
  caldav_peer.py retime CALENDAR UID SUMMARY START END
                                                      change an event's title and time in place,
                                                      keeping every other property (as calendar
                                                      programs do)
  caldav_peer.py list CALENDAR                        JSON: [{uid, summary, href, data}]
  caldav_peer.py delete CALENDAR UID
CALENDAR is the collection's path, e.g. /anna/work/.
"""
import json
import os
import sys
from urllib.parse import urljoin

import caldav
import icalendar


def connect():
    ca_file = os.environ.get("CALDAV_CA_FILE") or True
    return caldav.DAVClient(os.environ["CALDAV_URL"], username=os.environ["CALDAV_USER"],
                            password=os.environ["CALDAV_PASSWORD"], ssl_verify_cert=ca_file)


def calendar(client, path):
    return client.calendar(url=urljoin(os.environ["CALDAV_URL"], path))


def simple_event(uid, summary, start, end):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Vieraugen tests//caldav_peer//EN\r\n"
            "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:%s\r\nDTEND:%s\r\n"
            "SUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (uid, start, end, summary))


def main(argv):
    command, path = argv[1], argv[2]
    client = connect()
    target = calendar(client, path)
    if command == "put":
        uid, summary, start, end = argv[3:7]
        try:
            event = target.event_by_uid(uid)
            event.data = simple_event(uid, summary, start, end)
            event.save()
        except caldav.error.NotFoundError:
            target.save_event(simple_event(uid, summary, start, end))
    elif command == "put-file":
        with open(argv[3], encoding="utf-8") as ics:
            target.save_event(ics.read())
    elif command == "retime":
        uid, summary, start, end = argv[3:7]
        event = target.event_by_uid(uid)
        parsed = icalendar.Calendar.from_ical(event.data)
        for component in parsed.walk("VEVENT"):
            if "RECURRENCE-ID" in component:
                continue
            for name, value in (("SUMMARY", summary), ("DTSTART", start), ("DTEND", end)):
                del component[name]
                component.add(name, icalendar.vText(value) if name == "SUMMARY"
                              else icalendar.vDatetime.from_ical(value))
        event.data = parsed.to_ical().decode("utf-8")
        event.save()
    elif command == "list":
        listed = []
        for event in target.events():
            parsed = icalendar.Calendar.from_ical(event.data)
            for component in parsed.walk("VEVENT"):
                listed.append({"uid": str(component.get("UID")), "summary": str(component.get("SUMMARY", "")),
                               "href": str(event.url), "data": event.data})
                break
        json.dump(listed, sys.stdout)
    elif command == "delete":
        target.event_by_uid(argv[3]).delete()
    else:
        sys.exit("unknown command " + command)


if __name__ == "__main__":
    main(sys.argv)
