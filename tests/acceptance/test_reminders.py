"""Reminders as a counselor meets them: one that pops up while a dialog is open, one that comes
while she types (German UI, real app)."""
import datetime
import os
import subprocess

from vieraugen_desktop import Announcements, VieraugenTestCase, berlin_now, main, wait_until

MAIN = "^Vieraugen$"
NEW = "^Neuer Termin"
INVITE = "^Zu „Erstgespräch“ einladen"
REMINDERS = "^Erinnerungen"


def start_reminded_soon():
    """A start whose reminder (ten minutes before, the default) comes at the next whole minute that
    leaves time to open a dialog first."""
    due = (berlin_now() + datetime.timedelta(seconds=90)).replace(second=0, microsecond=0)
    return due + datetime.timedelta(minutes=10)


class Reminders(VieraugenTestCase):

    def test_reminder_over_the_invitation_can_be_snoozed_at_once(self):
        """The test user's F11: the reminder came up over the open invitation and could not be
        clicked until the invitation was closed. It must be usable at once, also under the curtain."""
        self.set_up_server_and_mail()
        self.add_appointment("Erstgespräch", start_reminded_soon(), 50, "--jitsi", "beratung",
                             "--client-name", "Jana Müller", "--client-email", "jana.mueller@example.org")
        self.start_app()
        self.choose_menu(MAIN, "Sitzung", "Teilnehmende einladen …")
        self.wait_for_window(INVITE)
        self.wait_for_window(REMINDERS, timeout=120)
        self.wait_for_widget(REMINDERS, role="list item", name="Erstgespräch")

        # Nobody at the computer: the curtain covers the invitation and the reminder alike.
        subprocess.run(["dbus-send", "--session", "--type=signal", "/ScreenSaver",
                        "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"],
                       env=self.desktop.env, check=True, timeout=30)
        # Covered, both windows drop their titles, which named the appointment (tester12's J20).
        covered = "^Verborgen – Vieraugen$"
        shows = wait_until(lambda: [w for w in self.widgets(covered, role="push button", name="^Anzeigen$")
                                    if len(self.widgets(covered, role="push button", name="^Anzeigen$")) == 2],
                           "the reminder and the invitation covered")
        self.assertEqual(self.desktop.windows("^Erinnerungen|^Zu „"), [])
        # (A list's items say "showing" whenever the list is in place, so the list itself is asked.)
        self.assertEqual(self.widgets(covered, role="list"), [])
        self.desktop.screenshot(os.path.join(self.output, "reminder-under-curtain.png"))
        self.click_widget(shows[0])
        self.wait_for_widget(REMINDERS, role="list item", name="Erstgespräch")
        self.assertEqual(self.widgets(INVITE, role="push button", name="^Anzeigen$"), [])
        self.assertEqual(self.widgets(covered, role="push button", name="^Anzeigen$"), [])

        self.click_widget(self.wait_for_widget(REMINDERS, role="push button", name=r"^Später \(5 Min\.\)$"))
        self.wait_for_no_window(REMINDERS)
        # The invitation stays open, as it was.
        self.wait_for_widget(INVITE, role="push button", name="^Senden$")

    def test_reminder_leaves_the_keyboard_in_the_dialog_being_typed_in(self):
        """The test user's H15: a reminder came up while she typed a title, and the next keys went
        to the reminder (Enter opened its appointment). It comes without the keyboard, a screen
        reader hears it, and Ctrl+Shift+R goes to it afterwards."""
        # Due in 25 seconds (ten minutes before its start, to the second): time to open the dialog.
        due = berlin_now() + datetime.timedelta(seconds=25)
        start = due + datetime.timedelta(minutes=10)
        self.cli("add", "--title", "Erstgespräch", "--start", start.strftime("%Y-%m-%dT%H:%M:%S"),
                 "--end", (start + datetime.timedelta(minutes=50)).strftime("%Y-%m-%dT%H:%M:%S"),
                 "--zone", "Europe/Berlin", "--in-person")
        self.start_app()
        heard = Announcements(self.desktop)
        self.focus(MAIN)
        self.desktop.key("ctrl+n")
        dialog = self.focus(NEW)
        self.desktop.type("Beratung")
        self.assertFalse(self.desktop.windows(REMINDERS), "the reminder came before the dialog was open")
        self.wait_for_window(REMINDERS, timeout=60)
        self.assertEqual(self.desktop.xdotool("getactivewindow"), dialog)
        self.desktop.type(" Frau Krüger")
        self.desktop.screenshot(os.path.join(self.output, "typing-under-reminder.png"))
        self.desktop.key("Return")
        self.wait_for_no_window(NEW)
        self.wait_for_appointments(lambda a: a["title"] == "Beratung Frau Krüger",
                                   "the appointment typed while the reminder came")
        wait_until(lambda: [a for a in heard.heard if a.startswith("Erinnerung: Erstgespräch. ")
                            and a.endswith("+R führt zu den Erinnerungen.")],
                   "the reminder said, with the key to it: heard %s" % heard.heard)

        self.focus(MAIN)
        self.desktop.key("ctrl+shift+r")
        wait_until(lambda: (self.focused_widget(REMINDERS) or {}).get("role") == "list item",
                   "the keyboard on the reminder")
        self.assertIn("Erstgespräch", self.focused_widget(REMINDERS)["name"])


if __name__ == "__main__":
    main()
