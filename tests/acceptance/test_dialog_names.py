"""Issue 16: every dialog of Vieraugen as a screen reader reads it (German UI, real app, AT-SPI):
no interactive object without a name, no name with a mnemonic "&" left in it. The main window, the
new-appointment dialog and the settings pages are read in test_accessibility, the conflict dialog
and the account dialog in test_team_calendars."""
import datetime
import re

import test_accessibility as accessibility
from vieraugen_desktop import VieraugenTestCase, berlin_in, berlin_now, main, wait_until

MAIN = "^Vieraugen$"
INVITE = "^Zu „Erstgespräch“ einladen"
SETTINGS = "^Einstellungen"
CLIENT = ("Jana Müller", "jana.mueller@example.org", "+49 151 23456789")


class DialogNames(VieraugenTestCase):

    assert_named = accessibility.assert_named

    def close(self, title):
        self.focus(title)
        self.desktop.key("Escape")
        self.wait_for_no_window(title)

    def test_help_menu_and_export_question(self):
        self.add_appointment("Erstgespräch", berlin_in(datetime.timedelta(days=1)).replace(second=0, microsecond=0),
                             50, "--in-person")
        self.start_app()
        for item, title in (("Über Vieraugen", "^Über Vieraugen"),
                            ("Nach Updates suchen …", "^Nach Updates suchen"),
                            ("Vieraugen-Hilfe", "^Vieraugen-Hilfe")):
            self.choose_menu(MAIN, "Hilfe", item)
            self.assert_named(title)
            self.close(title)
        # The check before a session opens without a server too.
        self.focus(MAIN)
        self.desktop.key("ctrl+shift+k")
        self.assert_named("^Prüfung vor der Sitzung")
        self.close("^Prüfung vor der Sitzung")
        # Export asks first whether clients' data may go into the file.
        self.focus(MAIN)
        self.desktop.key("ctrl+e")
        self.assert_named("^Kalender exportieren")
        self.close("^Kalender exportieren")

    def test_setup_assistant_on_every_step(self):
        self.set_up_server_and_mail()  # each step has what it needs to go on
        self.start_app()
        self.choose_menu(MAIN, "Hilfe", "Vieraugen einrichten …")
        seen = []
        for _ in range(8):
            title = self.desktop.title_of(self.wait_for_window("^Vieraugen einrichten"))
            if title in seen:
                break
            seen.append(title)
            self.assert_named("^Vieraugen einrichten")
            forward = [w for w in self.widgets("^Vieraugen einrichten", role="push button", name="^Weiter")
                       if w["enabled"]]
            if not forward:
                break
            self.click_widget(forward[0])
            wait_until(lambda: [w for w in self.desktop.windows("^Vieraugen einrichten")
                                if self.desktop.title_of(w) != title], "the step after %s" % title)
        self.assertGreaterEqual(len(seen), 2, "the steps of the assistant: %s" % seen)

    def test_invitation_and_its_dialogs(self):
        self.set_up_server_and_mail()
        start = berlin_now().replace(hour=10, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
        self.add_appointment("Erstgespräch", start, 50, "--jitsi", "beratung", "--client-name", CLIENT[0],
                             "--client-email", CLIENT[1], "--client-phone", CLIENT[2])
        self.add_appointment("Gruppe", start + datetime.timedelta(hours=3), 50, "--in-person",
                             "--rrule", "FREQ=WEEKLY;COUNT=4")
        self.start_app()
        self.desktop.key("ctrl+i")
        self.assert_named(INVITE)
        # The previews by their headings (both were "So wird es verschickt"), and adding a person
        # right after choosing one, not after the log of what was sent (tester10's G12).
        self.wait_for_widget(INVITE, role="text", name="^Link-Nachricht$")
        self.wait_for_widget(INVITE, role="text", name="^Passwort-Nachricht$")
        self.focus(INVITE)
        self.desktop.key("alt+t", "Tab")
        wait_until(lambda: (self.focused_widget(INVITE) or {}).get("name", "").startswith("Teilnehmende hinzufügen"),
                   "Tab from the person to Teilnehmende hinzufügen: at %s" % self.focused_widget(INVITE))
        self.click_widget(self.wait_for_widget(INVITE, role="push button", name="^Teilnehmende hinzufügen"))
        self.assert_named("^Teilnehmende Person hinzufügen")
        self.close("^Teilnehmende Person hinzufügen")
        # The password read out on the phone.
        self.click_widget(wait_until(lambda: [w for w in self.widgets(INVITE, role="push button", name="^Senden$")
                                              if w["enabled"]], "Senden enabled")[0])
        self.assert_named("^Passwort vorlesen")
        self.close("^Passwort vorlesen")
        self.close(INVITE)
        # A date of a series asks what to change.
        self.focus(MAIN)
        self.desktop.key("ctrl+1", "ctrl+Next")  # tomorrow, in the day view
        self.desktop.key("Down", "Down")
        self.desktop.key("Return")
        asked = wait_until(lambda: self.desktop.windows("^(Serientermin bearbeiten|Termin bearbeiten)"),
                           "the question or the appointment")
        title = "^" + re.escape(self.desktop.title_of(asked[0]).split(" — ")[0])
        self.assert_named(title)
        self.close(title)

    def test_settings_dialogs(self):
        self.start_app()
        self.desktop.key("ctrl+comma")
        self.wait_for_window(SETTINGS)
        page_list = self.wait_for_widget(SETTINGS, role="list", name="^Einstellungsseiten$")
        for page, button, title in (("Server", "^Hinzufügen", "^Jitsi-Server hinzufügen"),
                                    ("Kalender", "^Konto hinzufügen", "^Kalenderkonto hinzufügen")):
            pages = accessibility.children(self.screen.widgets(SETTINGS), page_list)
            self.click_widget([p for p in pages if p["name"].startswith(page)][0])
            self.click_widget(self.wait_for_widget(SETTINGS, role="push button", name=button))
            self.assert_named(title)
            self.close(title)


if __name__ == "__main__":
    main()
