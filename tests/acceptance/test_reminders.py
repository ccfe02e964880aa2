"""Reminders as a counselor meets them: one that pops up while a dialog is open, one that comes
while she types (German UI, real app)."""
import datetime
import os
import subprocess

from vieraugen_desktop import Announcements, VieraugenTestCase, berlin_in, berlin_later, main, wait_until

MAIN = "^Vieraugen$"
NEW = "^Neuer Termin"
INVITE = "^Zu „Erstgespräch“ einladen"
REMINDERS = "^Erinnerungen"


def start_reminded_soon():
    """A start whose reminder (ten minutes before, the default) comes at the next whole minute that
    leaves time to open a dialog first."""
    due = berlin_in(datetime.timedelta(seconds=90)).replace(second=0, microsecond=0)
    return berlin_later(due, datetime.timedelta(minutes=10))


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
        start = berlin_in(datetime.timedelta(minutes=10, seconds=25))
        self.cli("add", "--title", "Erstgespräch", "--start", start.strftime("%Y-%m-%dT%H:%M:%S"),
                 "--end", berlin_later(start, datetime.timedelta(minutes=50)).strftime("%Y-%m-%dT%H:%M:%S"),
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

    def test_windows_opened_after_the_reminder_come_above_it(self):
        """The test user's K13: the reminder stayed on top of everything, over the new appointment's
        form, and hid the question „Den neuen Termin verwerfen?“ whole: she pressed Escape, saw
        nothing happen, and her next key answered a question she never saw. The reminder comes above
        the calendar (she notices it), and what she opens afterwards comes above the reminder."""
        # Due a minute ago, since Vieraugen last looked: it comes as Vieraugen starts.
        start = berlin_in(datetime.timedelta(minutes=9))
        self.cli("add", "--title", "Videoberatung Braun", "--start", start.strftime("%Y-%m-%dT%H:%M:%S"),
                 "--end", berlin_later(start, datetime.timedelta(minutes=50)).strftime("%Y-%m-%dT%H:%M:%S"),
                 "--zone", "Europe/Berlin", "--in-person")
        checked = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=5)
        self.preset_settings({"reminders/checkedUntilUtcMs": str(int(checked.timestamp() * 1000))})
        self.start_app()
        main_window = self.wait_for_window(MAIN)
        wait_until(lambda: self.desktop.xdotool("getactivewindow") == main_window, "the keyboard in the calendar")
        reminder = self.wait_for_window(REMINDERS)
        self.assert_stacked_above(reminder, main_window, "the reminder came under the calendar")
        self.assertEqual(self.desktop.xdotool("getactivewindow"), main_window, "the reminder took the keyboard")
        # A click into the calendar (which the window manager raises) leaves the reminder in sight.
        self.click_widget(self.wait_for_widget(MAIN, role="push button", name="^Heute$"))
        self.assert_stacked_above(reminder, main_window, "a click into the calendar covered the reminder")

        self.desktop.key("ctrl+n")
        form = self.wait_for_window(NEW)
        wait_until(lambda: self.desktop.xdotool("getactivewindow") == form, "the keyboard in the new form")
        self.assert_stacked_above(form, reminder, "the new form opened under the reminder")
        self.desktop.type("Beratung Krause")
        self.desktop.key("Escape")
        question = wait_until(lambda: [w for w in self.desktop.windows(NEW) if w != form], "the question to discard")[0]
        wait_until(lambda: self.desktop.xdotool("getactivewindow") == question, "the keyboard on the question")
        self.assert_stacked_above(question, reminder, "the question to discard is under the reminder")
        self.wait_for_widget(NEW, role="label", name="^Den neuen Termin verwerfen\\?$")
        wait_until(lambda: (self.focused_widget(NEW) or {}).get("name") == "Zurück", "the keyboard on „Zurück“")
        self.desktop.screenshot(os.path.join(self.output, "question-above-reminder.png"))
        # Her answer goes to the question she sees: back to the form, which kept what she typed.
        self.desktop.key("Return")
        wait_until(lambda: self.desktop.windows(NEW) == [form], "the question answered")
        self.assertTrue(self.widgets(NEW, role="text", text="^Beratung Krause$"))
        # Discarded, the form goes, and the reminder is above the calendar again.
        self.desktop.key("Escape")
        self.click_widget(self.wait_for_widget(NEW, role="push button", name="^Verwerfen$"))
        self.wait_for_no_window(NEW)
        self.assert_stacked_above(reminder, main_window, "the reminder stayed under the calendar")

    def assert_stacked_above(self, upper, lower, message):
        """Once the window manager has stacked what it was asked to."""
        def above():
            stacking = self.desktop.stacking()
            return upper in stacking and lower in stacking and stacking.index(upper) > stacking.index(lower)

        try:
            wait_until(above, message)
        except AssertionError:
            self.fail("%s: stacked bottom to top %s"
                      % (message, [self.desktop.title_of(w) for w in self.desktop.stacking()]))


if __name__ == "__main__":
    main()
