"""The privacy curtain over every window with clients' data, whichever window opened it (German UI,
real app, stand-in Jitsi, real SMTP server)."""
import os
import subprocess

from vieraugen_desktop import VieraugenTestCase, main, session_start_time, wait_until

SESSION = "^Erstgespräch – Sitzung – Vieraugen"
INVITE = "^Zu „Erstgespräch“ einladen"
READOUT = "^Passwort vorlesen"
HIDDEN = "^Verborgen – Vieraugen$"  # a window under the privacy curtain
CLIENT = ("Jana Müller", "jana.mueller@example.org", "0170 1234567")


class PrivacyCurtain(VieraugenTestCase):

    def test_invitation_from_the_session_window_is_hidden_when_the_screen_locks(self):
        """Tester13's K5: the invitation and „Passwort vorlesen“ opened from the session window
        (Strg+I there) stayed readable under the curtain, the client's address and room password."""
        self.set_up_server_and_mail()
        self.add_appointment("Erstgespräch", session_start_time(), 50, "--jitsi", "beratung",
                             "--client-name", CLIENT[0], "--client-email", CLIENT[1], "--client-phone", CLIENT[2])
        self.start_app()
        self.desktop.key("ctrl+Return")
        self.focus(SESSION)
        self.desktop.key("ctrl+i")
        self.wait_for_window(INVITE)
        send = wait_until(lambda: [w for w in self.widgets(INVITE, role="push button", name="^Senden$")
                                   if w["enabled"]], "Senden enabled")[0]
        self.click_widget(send)
        self.wait_for_widget(READOUT, role="push button", name="^Am Telefon durchgegeben$")

        subprocess.run(["dbus-send", "--session", "--type=signal", "/ScreenSaver",
                        "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"],
                       env=self.desktop.env, check=True, timeout=30)
        self.wait_for_widget(HIDDEN, role="push button", name="^Anzeigen$")
        self.wait_for_no_window(READOUT)
        self.assertEqual(self.desktop.windows(INVITE), [], "the invitation names the appointment")
        # The session stays in sight, without the client's name.
        wait_until(lambda: self.desktop.windows("^Sitzung – Vieraugen$"), "the session window without a name")
        # A closed combo box's list items and a hidden table's cells always say "showing": Qt judges
        # a cell by its rectangle, not by whether its view is shown.
        shown = ["%s %s %s" % (w["role"], w["name"], w["text"]) for title in (HIDDEN, "^Sitzung – Vieraugen$")
                 for w in self.widgets(title) if w["role"] not in ("list item", "table cell")]
        self.assertFalse([s for s in shown if any(part in s for part in CLIENT)], shown)
        self.desktop.screenshot(os.path.join(self.output, "invitation-from-session-under-curtain.png"))


if __name__ == "__main__":
    main()
