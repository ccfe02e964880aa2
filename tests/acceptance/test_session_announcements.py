"""Issue 16: a session as a screen reader user follows it (German UI, real app, the stand-in Jitsi
server, AT-SPI): the session window, its lobby panel, the recording band and the knock window name
everything; someone knocking, someone admitted from the lobby and a recording started are said at
once, while the session window is in front (test_knocking hears the knock of a minimized one)."""
import os

from test_accessibility import assert_named
from vieraugen_desktop import Announcements, VieraugenTestCase, main, session_start_time, wait_until

SESSION = "^Erstgespräch – Sitzung – Vieraugen"
KNOCK_WINDOW = "^Jemand wartet – Vieraugen$"
CLIENT = "Jana Müller"


class SessionAnnouncements(VieraugenTestCase):

    def test_knock_admit_and_recording_are_announced_and_everything_is_named(self):
        self.set_up_server_and_mail()
        announcements = Announcements(self.desktop)
        self.add_appointment("Erstgespräch", session_start_time(), 50, "--jitsi", "beratung",
                             "--client-name", CLIENT)
        self.start_app()
        self.desktop.key("ctrl+Return")
        session = self.wait_for_window(SESSION, timeout=60)
        wait_until(lambda: self.jitsi.commands("toggle-lobby"), "the lobby on", timeout=60)
        assert_named(self, SESSION)

        # Someone knocks while the counselor looks at the session: said, and shown in the lobby panel.
        self.jitsi.emit("knocking-participant", {"participant": {"id": "k1", "name": CLIENT}})
        wait_until(lambda: "Jana Müller wartet im Warteraum." in announcements.heard, "the knock announced")
        admit = self.wait_for_widget(SESSION, role="push button", name="^Jana Müller einlassen$")
        assert_named(self, SESSION)
        self.desktop.screenshot(os.path.join(self.output, "lobby.png"))
        self.click_widget(admit)
        wait_until(lambda: "Jana Müller ist der Sitzung beigetreten." in announcements.heard, "the admission announced")

        # A recording starts: said at once, and the red band's button says what it ends (tester13's
        # K18: it was heard as "Beenden" alone).
        self.jitsi.emit("recording-status-changed", {"on": True, "mode": "file"})
        wait_until(lambda: "Jemand hat eine Aufzeichnung dieser Sitzung gestartet." in announcements.heard,
                   "the recording announced")
        self.wait_for_widget(SESSION, role="push button", name="^Aufzeichnung, Livestream oder Transkription beenden$")
        assert_named(self, SESSION)
        self.desktop.screenshot(os.path.join(self.output, "recording.png"))

        # Out of sight, a knock brings the knock window.
        self.desktop.xdotool("windowminimize", session)
        self.wait_for_no_window(SESSION)
        self.jitsi.emit("knocking-participant", {"participant": {"id": "k2", "name": "Herr Yilmaz"}})
        self.wait_for_widget(KNOCK_WINDOW, role="push button", name="^Herr Yilmaz einlassen$")
        assert_named(self, KNOCK_WINDOW)
        self.desktop.screenshot(os.path.join(self.output, "knock-window.png"))


if __name__ == "__main__":
    main()
