#!/usr/bin/python3
"""Radicale's own time for what an initial sync asks of it, seen by python3-caldav (an independent
client): a calendar of N events written to Radicale's storage, then
  1. sync-collection without a token (hrefs and ETags of everything), cold (Radicale builds its cache)
  2. the same again, warm; then with its token (nothing changed); getctag
  3. calendar-multiget of every event in batches of 100
  4. one calendar-query returning every event with its data
Usage: radicale_baseline.py [N]"""
import json, os, socket, subprocess, sys, tempfile, time
import caldav
from caldav.elements import dav

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
root = tempfile.mkdtemp(prefix="radicale-baseline-")
storage = os.path.join(root, "storage")
cal = os.path.join(storage, "collection-root", "team", "bench")
os.makedirs(cal)
with open(os.path.join(cal, ".Radicale.props"), "w") as f:
    json.dump({"tag": "VCALENDAR", "D:displayname": "Bench", "C:supported-calendar-component-set": "VEVENT"}, f)
for i in range(N):
    uid = "bench-%05d" % i
    day, hour = 5 + i // 8, 8 + i % 8
    start = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(1767225600 + (day - 1) * 86400 + hour * 3600))
    end = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(1767225600 + (day - 1) * 86400 + hour * 3600 + 3000))
    with open(os.path.join(cal, uid + ".ics"), "w") as f:
        f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Vieraugen//bench//EN\r\nBEGIN:VEVENT\r\nUID:%s\r\n"
                "DTSTAMP:20260101T000000Z\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:Beratung %d\r\nEND:VEVENT\r\n"
                "END:VCALENDAR\r\n" % (uid, start, end, i))
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
with open(os.path.join(root, "users"), "w") as f:
    f.write("bench:pw\n")
with open(os.path.join(root, "config"), "w") as f:
    f.write("[server]\nhosts = 127.0.0.1:%d\n[auth]\ntype = htpasswd\nhtpasswd_filename = %s/users\n"
            "htpasswd_encryption = plain\ndelay = 0\n[rights]\ntype = authenticated\n[storage]\n"
            "filesystem_folder = %s\n[web]\ntype = none\n[logging]\nlevel = warning\n" % (port, root, storage))
server = subprocess.Popen(["/usr/bin/python3", "-m", "radicale", "--config", os.path.join(root, "config")])
try:
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close(); break
        except OSError:
            time.sleep(0.05)
    client = caldav.DAVClient("http://127.0.0.1:%d/" % port, username="bench", password="pw")
    calendar = client.calendar(url="http://127.0.0.1:%d/team/bench/" % port)
    body = ('<?xml version="1.0"?><D:sync-collection xmlns:D="DAV:"><D:sync-token/><D:sync-level>1</D:sync-level>'
            '<D:prop><D:getetag/></D:prop></D:sync-collection>')
    def timed(label, action):
        t = time.monotonic(); result = action(); print("%-48s %7.2f s" % (label, time.monotonic() - t)); return result
    listing = timed("sync-collection, cold (%d events)" % N, lambda: client.report(str(calendar.url), body, depth=1))
    warm = timed("sync-collection, warm", lambda: client.report(str(calendar.url), body, depth=1))
    import re
    token = re.search(r"<[^>]*sync-token>([^<]+)<", warm.raw.decode() if isinstance(warm.raw, bytes) else warm.raw).group(1)
    with_token = body.replace("<D:sync-token/>", "<D:sync-token>%s</D:sync-token>" % token)
    timed("sync-collection with the token, nothing changed", lambda: client.report(str(calendar.url), with_token, depth=1))
    timed("PROPFIND getctag (depth 0)", lambda: client.propfind(str(calendar.url), '<?xml version="1.0"?>'
          '<D:propfind xmlns:D="DAV:" xmlns:CS="http://calendarserver.org/ns/"><D:prop><CS:getctag/></D:prop>'
          '</D:propfind>', depth=0))
    hrefs = ["/team/bench/bench-%05d.ics" % i for i in range(N)]
    def multiget():
        for first in range(0, N, 100):
            batch = "".join("<D:href>%s</D:href>" % h for h in hrefs[first:first + 100])
            client.report(str(calendar.url), '<?xml version="1.0"?><C:calendar-multiget xmlns:D="DAV:" '
                          'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/><C:calendar-data/></D:prop>'
                          + batch + '</C:calendar-multiget>', depth=1)
    timed("calendar-multiget, %d batches of 100" % ((N + 99) // 100), multiget)
    def multiget_big():
        for first in range(0, N, 1000):
            batch = "".join("<D:href>%s</D:href>" % h for h in hrefs[first:first + 1000])
            client.report(str(calendar.url), '<?xml version="1.0"?><C:calendar-multiget xmlns:D="DAV:" '
                          'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/><C:calendar-data/></D:prop>'
                          + batch + '</C:calendar-multiget>', depth=1)
    timed("calendar-multiget, %d batches of 1000" % ((N + 999) // 1000), multiget_big)
    timed("calendar-query, all events with data", lambda: client.report(
        str(calendar.url), '<?xml version="1.0"?><C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
        '<D:prop><D:getetag/><C:calendar-data/></D:prop><C:filter><C:comp-filter name="VCALENDAR">'
        '<C:comp-filter name="VEVENT"/></C:comp-filter></C:filter></C:calendar-query>', depth=1))
    timed("python3-caldav calendar.events() (objects)", lambda: calendar.events())
finally:
    server.terminate(); server.wait()
    subprocess.run(["rm", "-rf", root])
