"""Issue 16: the windows that come by themselves or from deep inside, as a screen reader reads them
(German UI, real app, AT-SPI): the reminder window, the form for the counselor's own details, Qt's
file dialogs (whose file list left a folder's size as an unnamed cell). No interactive object without a name, no name with a mnemonic "&" left in it. The
session window, the lobby and the knock window are read in test_session_announcements, the colour
dialog in test_team_calendars."""
import datetime
import os

from test_accessibility import assert_named
from vieraugen_desktop import (Announcements, NotificationService, VieraugenTestCase, berlin_now, main, session_start_time,
                              wait_until)

MAIN = "^Vieraugen$"
REMINDERS = "^Erinnerungen"
INVITE = "^Zu „Erstgespräch“ einladen"
DETAILS = "^Ihre Angaben für Einladungen"
IMPORT = "^Kalenderdatei importieren"
EXPORT = "^Kalender exportieren"


class ScreenReader(VieraugenTestCase):

    def test_reminder_window(self):
        start = session_start_time()
        self.add_appointment("Erstgespräch", start, 50, "--in-person")
        self.add_appointment("Telefonat", start, 30, "--phone")
        # Vieraugen last looked for reminders an hour ago: both are due since then.
        checked = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=1)
        self.preset_settings({"reminders/checkedUntilUtcMs": str(int(checked.timestamp() * 1000))})
        heard = Announcements(self.desktop)
        # No tray on this desktop: the reminders go to the desktop's notifications all the same
        # (tester10's G8: only the tray's messages were used, and GNOME has no tray).
        notifications = NotificationService(self.desktop)
        self.start_app()
        assert_named(self, REMINDERS)
        wait_until(lambda: {"Erstgespräch", "Telefonat"} <= {n["summary"] for n in notifications.shown},
                   "both reminders as desktop notifications: %s" % notifications.shown)
        # The window comes without the focus: a screen reader says the reminders at once, both.
        wait_until(lambda: [a for a in heard.heard
                            if "Erinnerung: Erstgespräch. " in a and "Erinnerung: Telefonat. " in a],
                   "both reminders said: heard %s" % heard.heard)
        self.desktop.screenshot(os.path.join(self.output, "reminders.png"))

    def test_own_details_form_for_invitations(self):
        self.set_up_server_and_mail(counselor=False)  # nobody has said yet who invites
        start = berlin_now().replace(hour=10, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
        self.add_appointment("Erstgespräch", start, 50, "--jitsi", "beratung", "--client-name", "Jana Müller",
                             "--client-email", "jana.mueller@example.org")
        self.start_app()
        self.desktop.key("ctrl+i")
        self.focus(INVITE)
        self.click_widget(self.wait_for_widget(INVITE, role="push button", name="^Ihre Angaben eintragen"))
        assert_named(self, DETAILS)
        self.desktop.screenshot(os.path.join(self.output, "details.png"))

    def test_file_dialogs(self):
        self.start_app()
        self.desktop.key("ctrl+o")
        assert_named(self, IMPORT)
        self.desktop.screenshot(os.path.join(self.output, "import.png"))
        self.desktop.key("Escape")
        self.wait_for_no_window(IMPORT)
        self.focus(MAIN)
        self.desktop.key("ctrl+e")
        self.click_widget(self.wait_for_widget(EXPORT, role="push button", name="^Nur Zeiten"))
        self.wait_for_widget(EXPORT, role="text", name="^Dateiname")
        assert_named(self, EXPORT)
        self.desktop.screenshot(os.path.join(self.output, "export.png"))


if __name__ == "__main__":
    main()
