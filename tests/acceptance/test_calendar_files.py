"""Calendar files in a counselor's hands (German UI, real app): importing a colleague's file again
keeps the client and notes added here; exporting asks before clients' data leaves Vieraugen; a
training over several days shows its last day and keeps it when edited; an Outlook invitation
makes the client the participant, never the counselor herself."""
import datetime
import os
import shutil
import time

from vieraugen_desktop import SOURCE_DIR, VieraugenTestCase, berlin_now, main, wait_until

MAIN = "^Vieraugen$"
CLIENT = ("Jana Müller", "jana.mueller@example.org")
NOTES = "Sorgerecht Lukas-Maximilian"


class CalendarFiles(VieraugenTestCase):

    def export_by_menu(self, choice, path=None):
        """File → Export: answers the question with choice (or Abbrechen), then types the path."""
        self.focus(MAIN)
        self.choose_menu(MAIN, "Datei", "Kalender exportieren …")
        self.click_widget(self.wait_for_widget("^Kalender exportieren", role="push button", name="^%s" % choice))
        if path:
            self.type_file_name("^Kalender exportieren", path)

    def test_google_notes_written_as_html_read_as_text(self):
        """Tester12's J3: notes from a Google export showed "<b>Mails</b> bearbeiten<br>…"."""
        start = berlin_now().replace(hour=8, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
        path = os.path.join(self.desktop.home, "google.ics")
        stamp = "%Y%m%dT%H%M%SZ"
        utc = datetime.timezone.utc
        with open(path, "w", encoding="utf-8", newline="") as ics:
            ics.write("\r\n".join([
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                "BEGIN:VEVENT", "UID:post-1@google.com", "DTSTAMP:20261101T090000Z",
                "DTSTART:%s" % start.astimezone(utc).strftime(stamp),
                "DTEND:%s" % (start + datetime.timedelta(minutes=30)).astimezone(utc).strftime(stamp),
                "SUMMARY:Post & Anrufbeantworter",
                "DESCRIPTION:<b>Mails</b> bearbeiten<br>Anrufbeantworter abhören",
                "END:VEVENT", "END:VCALENDAR", ""]))
        self.cli("import", path)
        self.start_app()
        self.desktop.key("ctrl+1", "Right", "Down", "Return")  # the day view, tomorrow, its appointment
        notes = self.wait_for_widget("^Termin bearbeiten", role="text", name="^Notizen")
        self.desktop.screenshot(os.path.join(self.output, "notes.png"))
        self.assertEqual(notes["text"], "Mails bearbeiten\nAnrufbeantworter abhören")

    def test_export_asks_before_clients_data_leaves(self):
        start = berlin_now().replace(hour=10, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
        self.add_appointment("Beratung", start, 50, "--in-person", "--client-name", CLIENT[0],
                             "--client-email", CLIENT[1], "--notes", NOTES)
        zoom = "https://zoom.example/j/8812345"
        self.add_appointment("Online-Beratung", start + datetime.timedelta(hours=2), 50, "--link", zoom)
        self.start_app()
        path = os.path.join(self.desktop.home, "kalender.ics")

        self.export_by_menu("Abbrechen")
        self.wait_for_no_window("^Kalender exportieren")
        self.assertFalse(os.path.exists(path), "Cancel wrote a file")

        self.export_by_menu("Nur Zeiten", path)
        wait_until(lambda: os.path.exists(path), "the exported file")
        with open(path, encoding="utf-8") as exported:
            content = exported.read()
        self.assertIn("DTSTART", content)
        # Nor the way into a session: a room or a meeting link lets whoever has the file knock.
        for personal in CLIENT + (NOTES, "Beratung", zoom, "X-VIERAUGEN-ROOM"):
            self.assertNotIn(personal, content)

        everything = os.path.join(self.desktop.home, "kalender-vollstaendig.ics")
        self.export_by_menu("Vollständig", everything)
        wait_until(lambda: os.path.exists(everything), "the full export")
        with open(everything, encoding="utf-8") as exported:
            self.assertIn(NOTES, exported.read())

    def test_file_dialogs_open_in_documents_then_where_the_last_file_went(self):
        """Tester12's J19: the dialogs opened in the working folder, on Windows the program's folder,
        and a file with clients' data landed there when only its name was typed."""
        start = berlin_now().replace(hour=10, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
        self.add_appointment("Beratung", start, 50, "--in-person")
        documents = os.path.join(self.desktop.home, "Documents")
        os.makedirs(documents)
        self.start_app()
        self.export_by_menu("Nur Zeiten", "kalender.ics")
        wait_until(lambda: os.path.exists(os.path.join(documents, "kalender.ics")), "the export in Documents")

        elsewhere = os.path.join(self.desktop.home, "Ablage")
        os.makedirs(elsewhere)
        self.export_by_menu("Nur Zeiten", os.path.join(elsewhere, "zeiten.ics"))
        wait_until(lambda: os.path.exists(os.path.join(elsewhere, "zeiten.ics")), "the export elsewhere")
        self.quit_app()

        self.start_app()  # the folder is remembered across a restart
        self.focus(MAIN)
        self.choose_menu(MAIN, "Datei", "Kalenderdatei importieren …")
        self.desktop.screenshot(os.path.join(self.output, "import-folder.png"))
        self.type_file_name("^Kalenderdatei importieren", "zeiten.ics")
        self.wait_for_widget("^Import$", role="label", name="zeiten.ics")
        self.assertFalse(os.path.exists(os.path.join(self.root, "kalender.ics")), "a file went to the working folder")

    def test_importing_again_keeps_the_client_added_here(self):
        start = berlin_now().replace(hour=9, minute=0, second=0, microsecond=0) + datetime.timedelta(days=2)
        path = os.path.join(self.desktop.home, "kollegin.ics")
        with open(path, "w", encoding="utf-8") as ics:
            ics.write("\r\n".join([
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 14.0//EN", "BEGIN:VEVENT",
                "UID:kollegin-1@example.org", "DTSTAMP:20261101T090000Z",
                "DTSTART;TZID=Europe/Berlin:%s" % start.strftime("%Y%m%dT%H%M%S"),
                "DTEND;TZID=Europe/Berlin:%s" % (start + datetime.timedelta(minutes=50)).strftime("%Y%m%dT%H%M%S"),
                "SUMMARY:Erstgespräch", "END:VEVENT", "END:VCALENDAR", ""]))
        self.start_app()
        for attempt in range(2):
            self.focus(MAIN)
            self.choose_menu(MAIN, "Datei", "Kalenderdatei importieren …")
            self.type_file_name("^Kalenderdatei importieren", path)
            # The second time the file brings nothing new, and says so (it said "1 updated").
            self.wait_for_widget("^Import$", role="label",
                                 name="1 Termin .* importiert: 1 neu" if attempt == 0 else "^Nichts Neues in .*kollegin")
            self.click_widget(self.wait_for_widget("^Import$", role="push button", name="^OK$"))
            if attempt == 0:
                self.cli("participant-add", "kollegin-1@example.org", "--name", CLIENT[0], "--email", CLIENT[1])
        backup = os.path.join(self.desktop.home, "alles.ics")
        self.cli("export", backup)
        with open(backup, encoding="utf-8") as exported:
            self.assertIn(CLIENT[1], exported.read(), "the client added here was lost by the second import")

    def test_training_over_three_days_keeps_its_last_day(self):
        first = berlin_now().date() + datetime.timedelta(days=1)
        path = os.path.join(self.desktop.home, "fortbildung.ics")
        with open(path, "w", encoding="utf-8") as ics:
            ics.write("\r\n".join([
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                "BEGIN:VEVENT", "UID:fortbildung-1@example.org", "DTSTAMP:20261101T090000Z",
                "DTSTART;VALUE=DATE:%s" % first.strftime("%Y%m%d"),
                "DTEND;VALUE=DATE:%s" % (first + datetime.timedelta(days=3)).strftime("%Y%m%d"),
                "SUMMARY:Fortbildung", "END:VEVENT", "END:VCALENDAR", ""]))
        self.cli("import", path)
        self.start_app()
        self.desktop.key("ctrl+1", "Right", "Down", "Return")  # the day view, tomorrow, the training
        editor = "^Termin bearbeiten"
        last_day = self.wait_for_widget(editor, role="text", name="^Letzter Tag")
        last = first + datetime.timedelta(days=2)
        self.assertEqual(last_day["text"], last.strftime("%d.%m.%Y"))
        self.desktop.screenshot(os.path.join(self.output, "dialog.png"))
        self.click_widget(self.wait_for_widget(editor, role="text", name="^Titel"))
        self.desktop.key("End")
        self.desktop.type(" Traumapädagogik")
        self.click_widget(self.wait_for_widget(editor, role="push button", name="^OK$"))
        self.wait_for_no_window(editor)
        training = self.wait_for_appointments(lambda a: a["title"] == "Fortbildung Traumapädagogik",
                                              "the edited training")[0]
        self.assertEqual(training["start"][:10], first.isoformat())
        self.assertEqual(training["end"][:10], (first + datetime.timedelta(days=3)).isoformat(),
                         "editing shortened the training")
        self.desktop.key("ctrl+5")  # the agenda: under each of its three days
        time.sleep(0.5)
        self.desktop.screenshot(os.path.join(self.output, "agenda.png"))

    def test_outlook_invitation_names_the_client_not_the_counselor(self):
        self.preset_settings({"session/counselorName": "Eva Berger",
                              "smtp/from": "Beratungsstelle Nord <eva.berger@beratung-nord.example>"})
        start = berlin_now().replace(hour=9, minute=0, second=0, microsecond=0) + datetime.timedelta(days=2)
        eva = "CN=Eva Berger:mailto:eva.berger@beratung-nord.example"
        jana = "CN=Jana Müller:mailto:jana@example.org"
        events = []
        # One she sent from Outlook (Outlook lists her among the attendees), one also to her service's
        # mailbox with a room booked (G20: the mailbox became the client), one from her private Google
        # calendar, which lists its owner among the attendees, and one a client sent her.
        invited = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;" + jana
        google = "CN=eva.privat@gmail.com:mailto:eva.privat@gmail.com"
        for uid, people in (("gesendet", ["ORGANIZER;" + eva, "ATTENDEE;ROLE=CHAIR;" + eva,
                                          "ATTENDEE;ROLE=REQ-PARTICIPANT;" + jana]),
                            ("mit Dienstpostfach", ["ORGANIZER;" + eva, invited,
                                                    'ATTENDEE;CN="Beratung Nord";RSVP=TRUE:'
                                                    "mailto:info@beratung-nord.example",
                                                    'ATTENDEE;CN="Raum 1";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;'
                                                    "RSVP=TRUE:mailto:raum1@beratung-nord.example"]),
                            ("privat", ["ORGANIZER;" + google, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;"
                                        "PARTSTAT=ACCEPTED;" + google, invited]),
                            ("erhalten", ["ORGANIZER;" + jana, "ATTENDEE;ROLE=REQ-PARTICIPANT;" + eva])):
            events += ["BEGIN:VEVENT", "UID:%s@outlook.example" % uid, "DTSTAMP:20261101T090000Z",
                       "DTSTART;TZID=Europe/Berlin:%s" % start.strftime("%Y%m%dT%H%M%S"),
                       "DTEND;TZID=Europe/Berlin:%s" % (start + datetime.timedelta(minutes=50)).strftime("%Y%m%dT%H%M%S"),
                       "SUMMARY:Beratung " + uid] + people + ["END:VEVENT"]
            start += datetime.timedelta(days=1)
        path = os.path.join(self.desktop.home, "einladung.ics")
        with open(path, "w", encoding="utf-8") as ics:
            ics.write("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST",
                                   "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"]
                                  + events + ["END:VCALENDAR", ""]))
        self.start_app()
        self.focus(MAIN)
        self.choose_menu(MAIN, "Datei", "Kalenderdatei importieren …")
        self.type_file_name("^Kalenderdatei importieren", path)
        self.click_widget(self.wait_for_widget("^Import$", role="push button", name="^OK$"))
        self.wait_for_appointments(lambda a: a["title"] == "Beratung erhalten", "the imported invitations")
        for event in self.exported():
            attendees = event.get("ATTENDEE")
            attendees = attendees if isinstance(attendees, list) else [attendees]
            self.assertEqual([str(a) for a in attendees], ["mailto:jana@example.org"],
                             "%s: the counselor or her service became the client" % event["SUMMARY"])


    def test_outlook_names_last_name_first_are_turned_round(self):
        """The test user's F17: Outlook's CN="Müller, Jana" became the client "Müller, Jana" (an
        invitation would greet "Guten Tag Müller, Jana,")."""
        # She is "Berger, Eva" to Outlook: turned round, she is known as herself, not a participant.
        self.preset_settings({"session/counselorName": "Eva Berger"})
        path = os.path.join(self.desktop.home, "fallbesprechung.ics")
        shutil.copy(os.path.join(SOURCE_DIR, "tests", "data", "ics", "outlook-meeting-last-name-first.ics"), path)
        self.start_app()
        self.focus(MAIN)
        self.choose_menu(MAIN, "Datei", "Kalenderdatei importieren …")
        self.type_file_name("^Kalenderdatei importieren", path)
        self.click_widget(self.wait_for_widget("^Import$", role="push button", name="^OK$"))
        december = datetime.date(2026, 12, 1), datetime.date(2026, 12, 31)
        self.wait_for_appointments(lambda a: a["title"] == "Fallbesprechung Team", "the imported meeting",
                                   first=december[0], last=december[1])
        meeting = [e for e in self.exported() if str(e["SUMMARY"]) == "Fallbesprechung Team"][0]
        names = [a.params.get("CN") for a in meeting.get("ATTENDEE")]
        # Her supervision team (at her domain) and the room booked with it are no participants (G20).
        self.assertEqual(names, ["Jana Müller", "Jan van der Berg"])

if __name__ == "__main__":
    main()
