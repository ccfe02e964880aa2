"""Issue 12's defects around sessions and settings, each as the user meets it (German UI, real app)."""
import datetime
import re

from vieraugen_desktop import (VieraugenTestCase, berlin_now, known_defect, main, session_start_time,
                               wait_until)

MAIN = "^Vieraugen$"
SETTINGS = "^Einstellungen"


class SessionDefects(VieraugenTestCase):

    def status_of(self, title):
        return [a["status"] for a in self.appointments() if a["title"] == title]

    @known_defect(2, "records .*done")
    def test_cancel_after_nobody_joined_records_nothing(self):
        self.set_up_server_and_mail()
        self.add_appointment("Erstgespräch", session_start_time(), 50, "--jitsi", "beratung",
                             "--client-name", "Jana Müller")
        self.start_app()
        self.desktop.key("ctrl+Return")
        window = self.wait_for_window("^Erstgespräch – Sitzung – Vieraugen", timeout=60)
        wait_until(lambda: self.jitsi.commands("toggle-lobby"), "the lobby on", timeout=60)
        wait_until(lambda: self.status_of("Erstgespräch") == ["started"], "the session recorded as started")
        self.desktop.activate(window)
        self.desktop.key("ctrl+w")
        ended = self.wait_for_window("^Sitzung beendet")
        self.desktop.activate(ended)
        self.desktop.key("Escape")
        self.wait_for_no_window("^Sitzung beendet")
        self.wait_for_no_window("^Erstgespräch – Sitzung")
        status = self.status_of("Erstgespräch")
        self.assertNotIn(status[0], ("done", "no-show"), "Cancel records %s" % status[0])

    @known_defect(13, "http://")
    def test_privacy_link_keeps_https(self):
        self.set_up_server_and_mail()
        start = berlin_now().replace(hour=10, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
        uid = self.add_appointment("Erstgespräch", start, 50, "--jitsi", "beratung", "--client-name", "Jana Müller",
                                   "--client-email", "jana.mueller@example.org")
        self.start_app()
        self.choose_menu(MAIN, "Datei", "Einstellungen …")
        self.wait_for_window(SETTINGS)
        self.click_widget(self.wait_for_widget(SETTINGS, role="list item", name="^Einladungen$"))
        self.click_widget(self.wait_for_widget(SETTINGS, role="text", name="^Datenschutzhinweis"))
        self.desktop.type("beratung.example/datenschutz")
        self.click_widget(self.wait_for_widget(SETTINGS, role="push button", name="^OK$"))
        self.wait_for_no_window(SETTINGS)
        self.quit_app()  # the settings are written as the app ends at the latest
        message = self.cli("invite", uid, "--dry-run").stdout
        link = re.search(r"\S*beratung\.example/datenschutz", message)
        self.assertTrue(link, message)
        self.assertEqual(link.group(0), "https://beratung.example/datenschutz")


if __name__ == "__main__":
    main()
