"""Reminders as a counselor meets them: one that pops up while a dialog is open (German UI, real app)."""
import datetime
import os
import subprocess

from vieraugen_desktop import VieraugenTestCase, berlin_now, main

MAIN = "^Vieraugen$"
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
        show = self.wait_for_widget(REMINDERS, role="push button", name="^Anzeigen$")
        self.wait_for_widget(INVITE, role="push button", name="^Anzeigen$")
        # (A list's items say "showing" whenever the list is in place, so the list itself is asked.)
        self.assertEqual(self.widgets(REMINDERS, role="list"), [])
        self.desktop.screenshot(os.path.join(self.output, "reminder-under-curtain.png"))
        self.click_widget(show)
        self.wait_for_widget(REMINDERS, role="list item", name="Erstgespräch")
        self.assertEqual(self.widgets(INVITE, role="push button", name="^Anzeigen$"), [])

        self.click_widget(self.wait_for_widget(REMINDERS, role="push button", name=r"^Später \(5 Min\.\)$"))
        self.wait_for_no_window(REMINDERS)
        # The invitation stays open, as it was.
        self.wait_for_widget(INVITE, role="push button", name="^Senden$")


if __name__ == "__main__":
    main()
