"""Team calendars as a counselor sets them up (German UI, real app, real Radicale): Settings →
Calendars, an account added with a wrong password first, then the right one; dialogs cancelled;
the result checked through vieraugen-cli and the files; the status bar while a sync runs."""
import base64
import datetime
import json
import os
import socket
import subprocess
import urllib.parse
import urllib.request
import zoneinfo

import test_accessibility as accessibility
from vieraugen_desktop import (CLI, PATIENCE, SOURCE_DIR, AcceptanceError, NotificationService, VieraugenTestCase,
                               main, wait_until)

MAIN = "^Vieraugen$"
SETTINGS = "^Einstellungen"
ADD_ACCOUNT = "^Kalenderkonto hinzufügen"
CONFLICT = "^Hier und auf dem Server geändert"
SET_ASIDE = "^Änderungen zurückgestellt"
COLOUR = "^Farbe von Termine"
NEW = "^Neuer Termin"
RADICALE = os.environ.get("VIERAUGEN_TEST_RADICALE_EXECUTABLE", "vieraugen-test-radicale")
PASSWORD = "richtig-Kalender-7391"


class Radicale:
    """tests/support/RadicaleServer as a program: a real Radicale on 127.0.0.1 until stop()."""

    def __init__(self, users, calendars):
        arguments = [RADICALE]
        for name, password in users.items():
            arguments += ["--user", "%s:%s" % (name, password)]
        for path, name, colour in calendars:
            arguments += ["--calendar", ":".join(filter(None, (path, name, colour)))]
        self.process = subprocess.Popen(arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        start_new_session=True)
        started = json.loads(self.process.stdout.readline() or "{}")
        if "url" not in started:
            raise AcceptanceError("Radicale did not start")
        self.url = started["url"]
        self.storage = started["storage"]

    def peer(self, user, password, *arguments):
        """python3-caldav as another program on the server (tests/support/caldav_peer.py); its output."""
        return subprocess.run(["/usr/bin/python3", os.path.join(SOURCE_DIR, "tests", "support", "caldav_peer.py")]
                       + list(arguments), env=dict(os.environ, CALDAV_URL=self.url, CALDAV_USER=user,
                                                   CALDAV_PASSWORD=password, CALDAV_CA_FILE=""),
                       capture_output=True, text=True, timeout=PATIENCE, check=True).stdout

    def stop(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(PATIENCE)
        self.process.stdout.close()

    def put_event(self, user, password, calendar, uid, title, start):
        """An event as another program (a phone, Nextcloud's web page) puts it on the server."""
        end = start + datetime.timedelta(hours=1)
        ics = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//acceptance//EN", "BEGIN:VEVENT",
                            "UID:" + uid, "DTSTAMP:20260101T000000Z", start.strftime("DTSTART:%Y%m%dT%H%M%SZ"),
                            end.strftime("DTEND:%Y%m%dT%H%M%SZ"), "SUMMARY:" + title, "END:VEVENT",
                            "END:VCALENDAR", ""])
        request = urllib.request.Request(urllib.parse.urljoin(self.url, "/%s/%s.ics" % (calendar, uid)),
                                         data=ics.encode(), method="PUT")
        request.add_header("Content-Type", "text/calendar; charset=utf-8")
        request.add_header("Authorization", "Basic " + base64.b64encode(("%s:%s" % (user, password)).encode()).decode())
        urllib.request.urlopen(request, timeout=PATIENCE).close()


class TeamCalendars(VieraugenTestCase):

    def setUp(self):
        super().setUp()
        self.radicale = Radicale({"empfang": PASSWORD},
                                 [("empfang/termine", "Termine", "#d81b60"), ("empfang/vertretung", "Vertretung", "")])
        self.addCleanup(self.radicale.stop)

    def add_account_by_cli(self):
        subprocess.run([CLI, "--data-dir", self.data, "account", "add", "caldav", "--url", self.radicale.url,
                        "--user", "empfang"], input=PASSWORD + "\n", env=dict(self.desktop.env, QT_QPA_PLATFORM="offscreen"),
                       capture_output=True, text=True, timeout=PATIENCE, check=True)

    def open_calendars_page(self):
        self.start_app()
        self.choose_menu(MAIN, "Datei", "Einstellungen …")
        self.wait_for_window(SETTINGS)
        self.click_widget(self.wait_for_widget(SETTINGS, role="list item", name="^Kalender$"))

    def open_add_account(self):
        self.click_widget(self.wait_for_widget(SETTINGS, role="push button", name="^Konto hinzufügen"))
        self.focus(ADD_ACCOUNT)

    def fill_in(self, password):
        """By keyboard, as the dialog opens on its first field."""
        self.desktop.type(self.radicale.url)
        self.desktop.key("Tab")
        self.desktop.type("empfang")
        self.desktop.key("Tab")
        self.desktop.type(password)

    def test_an_account_is_added_only_with_the_right_password(self):
        # Already on the server: an appointment another program made.
        tomorrow = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) + datetime.timedelta(days=1)
        self.radicale.put_event("empfang", PASSWORD, "empfang/termine", "vom-telefon", "Teambesprechung", tomorrow)
        self.open_calendars_page()

        # Cancel in the account dialog adds nothing, although everything was typed (and it asks
        # before it drops that).
        self.open_add_account()
        self.fill_in(PASSWORD)
        self.desktop.key("Escape")
        self.wait_for_widget(".", role="label", name="^Ihre Änderungen verwerfen\\?$")
        self.desktop.key("alt+v")
        self.wait_for_no_window(ADD_ACCOUNT)
        self.assertEqual(self.cli_json("accounts"), [])

        # A wrong password: the server says no, the dialog says so and keeps what was typed.
        self.open_add_account()
        self.fill_in("falsch")
        self.desktop.key("Return")
        problem = self.wait_for_widget(ADD_ACCOUNT, role="label", name="Benutzername oder (das )?Passwort")
        self.desktop.screenshot(os.path.join(self.output, "wrong-password.png"))
        self.assertEqual(self.cli_json("accounts"), [])
        self.assertTrue(self.widgets(ADD_ACCOUNT, role="text", text="^empfang$"), "the user name was lost")

        # The right one: the dialog closes and the page lists the account's calendars.
        self.click_widget(self.wait_for_widget(ADD_ACCOUNT, name="^Passwort:$"))
        self.desktop.key("ctrl+a")
        self.desktop.type(PASSWORD)
        wait_until(lambda: not self.widgets(ADD_ACCOUNT, role="label", name=problem["name"]),
                   "the problem to go once the password changed")
        self.desktop.key("Return")
        self.wait_for_no_window(ADD_ACCOUNT)
        # Added by hand, without the administrator's setup file: the team key is missing, and the
        # page says so now, not when an invitation fails in front of a client.
        self.wait_for_widget(SETTINGS, role="label", name="2 Kalendern.*Teamschlüssel")
        self.wait_for_widget(SETTINGS, text=None, name="^Termine")
        self.desktop.screenshot(os.path.join(self.output, "account-added.png"))
        self.click_widget(self.wait_for_widget(SETTINGS, role="push button", name="^OK$"))
        self.wait_for_no_window(SETTINGS)

        accounts = self.cli_json("accounts")
        self.assertEqual([(a["user"], a["hasPassword"]) for a in accounts], [("empfang", True)])
        calendars = {c["name"]: c for c in self.cli_json("calendars")}
        self.assertIn("Termine", calendars)
        self.assertIn("Vertretung", calendars)
        self.assertEqual(calendars["Termine"]["access"], "read-write")
        # The password is in the keychain only: no file of the data folder or the settings has it.
        self.assert_no_client_data([], secrets=[PASSWORD, "falsch"])

        # The new account's calendars fill at once, not at the next periodic sync (in 5 minutes).
        self.wait_for_appointments(lambda a: a["title"] == "Teambesprechung", "the server's appointment")

    def test_a_new_appointment_goes_to_the_calendar_chosen_for_new_ones(self):
        self.add_account_by_cli()
        calendar = [c["id"] for c in self.cli_json("calendars") if c["name"] == "Termine"][0]
        self.cli("calendars", "use", calendar)
        self.start_app()
        self.desktop.key("ctrl+n")
        self.focus(NEW)
        # The dialog says where the appointment goes, and who holds it: whoever makes it, unless
        # reception types the colleague's user name.
        self.wait_for_widget(NEW, role="combo box", name="^Termine$")
        self.desktop.type("Fallbesprechung")
        counselor = self.wait_for_widget(NEW, role="text", name="^Berater/-in:$", text="^empfang$")
        self.type_over(counselor, "frau.weber")
        self.desktop.screenshot(os.path.join(self.output, "created-in-team-calendar.png"))
        self.desktop.key("Return")
        self.wait_for_no_window(NEW)
        # On the server, for the team (it stayed on this computer only), with its counselor.
        def on_server():
            return [e for e in json.loads(self.radicale.peer("empfang", PASSWORD, "list", "/empfang/termine/"))
                    if e["summary"] == "Fallbesprechung"]
        wait_until(on_server, "the appointment on the server")
        self.assertIn("X-VIERAUGEN-COUNSELOR:frau.weber", on_server()[0]["data"].replace("\r\n ", ""))

    def test_f5_brings_the_servers_changes_and_a_conflict_is_announced_without_blocking(self):
        # An appointment of the team calendar, on the server and here.
        self.add_account_by_cli()
        calendar = [c["id"] for c in self.cli_json("calendars") if c["name"] == "Termine"][0]
        start = datetime.datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
        uid = self.add_appointment("Erstgespräch", start, 50, "--calendar", calendar, "--in-person")
        self.cli("sync")
        notifications = NotificationService(self.desktop)
        self.start_app()
        self.wait_for_widget(MAIN, role="label", name="^Teamkalender abgeglichen um ")

        # Meanwhile a colleague books a slot and moves ours on the server, and it changes here too.
        utc = lambda t: (t.replace(tzinfo=zoneinfo.ZoneInfo("Europe/Berlin")).astimezone(datetime.timezone.utc))
        self.radicale.put_event("empfang", PASSWORD, "empfang/termine", "vom-kollegen", "Supervision",
                                utc(start + datetime.timedelta(hours=2)))
        self.radicale.peer("empfang", PASSWORD, "put", "/empfang/termine/", uid, "Erstgespräch (vom Telefon)",
                           utc(start).strftime("%Y%m%dT%H%M%SZ"),
                           utc(start + datetime.timedelta(minutes=50)).strftime("%Y%m%dT%H%M%SZ"))
        self.cli("edit", uid, "--title", "Erstgespräch (hier)")

        # F5 fetches at once (the periodic sync is minutes away).
        self.focus(MAIN)
        self.desktop.key("F5")
        self.wait_for_appointments(lambda a: a["uid"] == "vom-kollegen", "the colleague's appointment")

        # The conflict is said in a window that does not block the calendar, and on the desktop.
        self.wait_for_window(SET_ASIDE)
        self.wait_for_widget(SET_ASIDE, role="label", name="^1 Änderung von hier konnte nicht auf den Server")
        wait_until(lambda: [n for n in notifications.shown if n["summary"] == "Änderungen zurückgestellt"],
                   "a desktop notification")
        self.assertNotIn("Erstgespräch", json.dumps(notifications.shown, ensure_ascii=False),
                         "an appointment's title on the desktop")
        self.desktop.screenshot(os.path.join(self.output, "conflict-notice.png"))
        self.wait_for_widget(MAIN, role="label", name="1 Konflikt zu entscheiden")
        self.focus(MAIN)
        self.desktop.key("ctrl+n")
        self.focus(NEW)
        self.desktop.key("Escape")
        self.wait_for_no_window(NEW)

        # "Decide now" opens the choice; Escape there decides nothing.
        self.click_widget(self.wait_for_widget(SET_ASIDE, role="push button", name="^Jetzt entscheiden"))
        self.focus(CONFLICT)
        self.wait_for_widget(CONFLICT, role="label", name="^Erstgespräch \\(hier\\)$")
        self.desktop.key("Escape")
        self.wait_for_no_window(CONFLICT)
        self.assertEqual([c["uid"] for c in self.cli_json("conflicts")], [uid])

    def test_a_calendar_gets_a_colour_of_its_own_and_cancel_keeps_the_old_one(self):
        self.add_account_by_cli()
        self.open_calendars_page()
        self.click_widget(self.wait_for_widget(SETTINGS, text=None, name="^Termine"))
        choose = self.wait_for_widget(SETTINGS, role="push button", name="^Farbe …$|^Farbe…$")

        # Cancel in the colour dialog keeps the server's colour. Qt's dialog, read as a screen reader
        # reads it: every control named (#16).
        self.click_widget(choose)
        self.focus(COLOUR)
        accessibility.assert_named(self, COLOUR)
        self.desktop.key("Escape")
        self.wait_for_no_window(COLOUR)
        self.assertEqual(self.calendar_colour("Termine"), "#d81b60")

        # A colour typed in the dialog is the calendar's from then on.
        self.click_widget(choose)
        self.focus(COLOUR)
        self.click_widget(self.wait_for_widget(COLOUR, role="text", text="^#d81b60$"))
        self.desktop.key("ctrl+a")
        self.desktop.type("#2e7d32")
        self.desktop.key("Return")
        self.wait_for_no_window(COLOUR)
        wait_until(lambda: self.calendar_colour("Termine") == "#2e7d32", "the chosen colour in the calendar file")
        self.desktop.screenshot(os.path.join(self.output, "colour-chosen.png"))

        # A sync brings the server's colour again, and the chosen one stays.
        self.cli("sync")
        self.assertEqual(self.calendar_colour("Termine"), "#2e7d32")

        # Reset: the server's colour again.
        self.click_widget(self.wait_for_widget(SETTINGS, role="push button", name="^Farbe zurücksetzen$"))
        wait_until(lambda: self.calendar_colour("Termine") == "#d81b60", "the server's colour again")

    def calendar_colour(self, name):
        return [c["color"] for c in self.cli_json("calendars") if c["name"] == name][0]

    def test_the_status_bar_says_while_a_sync_runs(self):
        self.add_account_by_cli()
        # A server that takes the request and does not answer (yet): the sync runs until it does.
        port = urllib.parse.urlsplit(self.radicale.url).port
        self.radicale.stop()
        silent = socket.socket()
        silent.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        silent.bind(("127.0.0.1", port))
        silent.listen(16)
        self.addCleanup(silent.close)

        self.start_app()
        self.wait_for_widget(MAIN, role="label", name="^Teamkalender werden abgeglichen")
        self.desktop.screenshot(os.path.join(self.output, "syncing.png"))

        # The server goes away: the run ends, and the status bar says what became of it.
        silent.close()
        self.wait_for_widget(MAIN, role="label", name="^Teamkalender noch nicht abgeglichen · ")

    def test_a_conflict_is_decided_in_the_dialog_and_cancel_decides_nothing(self):
        # Changed here and, meanwhile, by another program on the server: a conflict.
        self.add_account_by_cli()
        calendar = [c["id"] for c in self.cli_json("calendars") if c["name"] == "Termine"][0]
        start = datetime.datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
        uid = self.add_appointment("Erstgespräch", start, 50, "--calendar", calendar, "--in-person")
        self.cli("sync")
        end = start + datetime.timedelta(minutes=50)
        utc = lambda t: (t.replace(tzinfo=zoneinfo.ZoneInfo("Europe/Berlin")).astimezone(datetime.timezone.utc)
                         .strftime("%Y%m%dT%H%M%SZ"))
        self.radicale.peer("empfang", PASSWORD, "put", "/empfang/termine/", uid, "Erstgespräch (vom Telefon)",
                           utc(start), utc(end))
        self.cli("edit", uid, "--title", "Erstgespräch (hier)")
        self.cli("sync", check=False)
        self.assertEqual(len(self.cli_json("conflicts")), 1)

        # The status bar offers it.
        self.start_app()
        self.wait_for_widget(MAIN, role="label", name="1 Konflikt zu entscheiden")
        decide = self.wait_for_widget(MAIN, role="push button", name="^Entscheiden")
        self.click_widget(decide)
        self.focus(CONFLICT)
        self.wait_for_widget(CONFLICT, role="label", name="^Erstgespräch \\(vom Telefon\\)$")
        self.wait_for_widget(CONFLICT, role="label", name="^Erstgespräch \\(hier\\)$")
        self.desktop.screenshot(os.path.join(self.output, "conflict.png"))
        # A screen reader names everything in it (issue 16).
        widgets = self.screen.widgets(CONFLICT)
        self.assertEqual(accessibility.unnamed(widgets), [], "unnamed interactive objects in the conflict dialog")
        self.assertEqual(accessibility.with_ampersand(widgets), [], "mnemonic & in names in the conflict dialog")

        # Cancel decides nothing.
        self.desktop.key("Escape")
        self.wait_for_no_window(CONFLICT)
        conflicts = self.cli_json("conflicts")
        self.assertEqual([c["uid"] for c in conflicts], [uid])

        # Keep Mine: this computer's version stays, and the conflict is gone.
        self.click_widget(self.wait_for_widget(MAIN, role="push button", name="^Entscheiden"))
        self.focus(CONFLICT)
        # The dialog closes once the last one is decided.
        self.click_widget(self.wait_for_widget(CONFLICT, role="push button", name="^Meine behalten"))
        self.wait_for_no_window(CONFLICT)
        self.assertEqual(self.cli_json("conflicts"), [])
        self.wait_for_appointments(lambda a: a["uid"] == uid and a["title"] == "Erstgespräch (hier)",
                                   "this computer's version")

    K15_TITLE = "Fallbesprechung Team (Frau Berg)"

    def add_to_the_title_while_a_colleague_moves_it(self, title_on_server):
        """tester13's K15: the team meeting (tomorrow 09:30) open in „Termin bearbeiten“; meanwhile the
        colleague moves it to 13:00 on the server, giving it title_on_server; Petra adds „ – bitte Akte“
        to the title and presses OK. The meeting's UID and the new start (UTC)."""
        self.add_account_by_cli()
        calendar = [c["id"] for c in self.cli_json("calendars") if c["name"] == "Termine"][0]
        berlin = zoneinfo.ZoneInfo("Europe/Berlin")
        tomorrow = datetime.datetime.now(berlin).date() + datetime.timedelta(days=1)
        uid = self.add_appointment(self.K15_TITLE, datetime.datetime.combine(tomorrow, datetime.time(9, 30)), 60,
                                   "--calendar", calendar, "--in-person")
        self.cli("sync")
        self.start_app()
        self.wait_for_widget(MAIN, role="label", name="^Teamkalender abgeglichen um ")
        self.desktop.key("ctrl+1", "Right", "Down", "Return")  # the day view, tomorrow, the meeting
        editor = "^Termin bearbeiten"
        field = self.wait_for_widget(editor, role="text", name="^Titel")
        moved = datetime.datetime.combine(tomorrow, datetime.time(13, 0), berlin).astimezone(datetime.timezone.utc)
        self.radicale.peer("empfang", PASSWORD, "retime", "/empfang/termine/", uid, title_on_server,
                           moved.strftime("%Y%m%dT%H%M%SZ"),
                           (moved + datetime.timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ"))
        self.click_widget(field)
        self.desktop.key("End")
        self.desktop.type(" – bitte Akte")
        self.click_widget(self.wait_for_widget(editor, role="push button", name="^OK$"))
        self.wait_for_no_window(editor)
        return uid, moved

    def test_her_title_goes_onto_a_colleagues_new_time_and_only_the_title_is_asked(self):
        """tester13's K15: the colleague moved and renamed the appointment on the server while Petra's
        form was open; she only added to the title. Her version is her change on the colleague's: the
        new time is not hers to undo, and only the title, changed on both sides, is asked about."""
        title = self.K15_TITLE
        uid, moved = self.add_to_the_title_while_a_colleague_moves_it(title + " – verlegt")

        # Both changed the title: that is asked; the status bar does not claim it was saved.
        self.wait_for_window(SET_ASIDE)
        self.wait_for_widget(MAIN, role="label", name="^1 Änderung bis zu Ihrer Entscheidung zurückgestellt")
        self.click_widget(self.wait_for_widget(SET_ASIDE, role="push button", name="^Jetzt entscheiden"))
        self.focus(CONFLICT)
        self.wait_for_widget(CONFLICT, role="label", name="^Fallbesprechung Team \\(Frau Berg\\) – bitte Akte$")
        self.wait_for_widget(CONFLICT, role="label", name="^Fallbesprechung Team \\(Frau Berg\\) – verlegt$")
        # Her side has the colleague's time: she never touched it.
        wait_until(lambda: len(self.widgets(CONFLICT, role="label", name="13:00–14:00")) == 2,
                   "the new time on both sides")
        self.assertEqual(self.widgets(CONFLICT, role="label", name="09:30"), [], "the old time in the dialog")
        self.desktop.screenshot(os.path.join(self.output, "k15-conflict.png"))
        self.click_widget(self.wait_for_widget(CONFLICT, role="push button", name="^Meine behalten"))
        self.wait_for_no_window(CONFLICT)
        self.wait_for_widget(MAIN, role="label", name="^1 Konflikt entschieden")

        # Her title at the colleague's time: in the calendar, and on the server after the next sync.
        mine = title + " – bitte Akte"
        self.wait_for_appointments(lambda a: a["uid"] == uid and a["title"] == mine and a["start"][11:16] == "13:00",
                                   "her title at the colleague's time")
        self.focus(MAIN)
        self.desktop.key("F5")

        def on_server():
            import icalendar
            for event in json.loads(self.radicale.peer("empfang", PASSWORD, "list", "/empfang/termine/")):
                if event["uid"] == uid and event["summary"] == mine:
                    component = icalendar.Calendar.from_ical(event["data"]).walk("VEVENT")[0]
                    return component.decoded("DTSTART").astimezone(datetime.timezone.utc) == moved
            return False
        wait_until(on_server, "her title at the colleague's time on the server")
        self.assertEqual(self.cli_json("conflicts"), [])
        self.desktop.screenshot(os.path.join(self.output, "k15-kept.png"))

    def test_her_title_and_a_colleagues_new_time_are_merged_without_a_question(self):
        """K15 without a shared detail: the colleague only moved it, Petra only changed the title. No
        question: both changes stay, here and on the server, and the status bar says so."""
        title = self.K15_TITLE
        uid, _ = self.add_to_the_title_while_a_colleague_moves_it(title)

        self.wait_for_widget(MAIN, role="label",
                             name="^1 Änderung mit einer Änderung auf dem Server zusammengeführt: Beide stehen")
        mine = title + " – bitte Akte"
        self.wait_for_appointments(lambda a: a["uid"] == uid and a["title"] == mine and a["start"][11:16] == "13:00",
                                   "her title at the colleague's time")
        events = json.loads(self.radicale.peer("empfang", PASSWORD, "list", "/empfang/termine/"))
        self.assertEqual([e["summary"] for e in events if e["uid"] == uid], [mine])
        self.assertEqual(self.desktop.windows(SET_ASIDE), [], "a question although nothing collided")
        self.assertEqual(self.cli_json("conflicts"), [])
        self.desktop.screenshot(os.path.join(self.output, "k15-merged.png"))


if __name__ == "__main__":
    main()
