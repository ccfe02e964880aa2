"""Starting a video session by keyboard: what cannot happen is said before anything is asked
(German UI, real app, stand-in Jitsi)."""
import datetime
import os

from vieraugen_desktop import FocusMoves, VieraugenTestCase, berlin_in, berlin_later, berlin_now, main, wait_until

MAIN = "^Vieraugen$"
REFUSED = "^Sitzung kann nicht starten"
REMINDERS = "^Erinnerungen"
SESSION = "^Erstgespräch – Sitzung – Vieraugen"


class SessionStart(VieraugenTestCase):

    def test_a_video_session_too_early_is_refused_without_asking_first(self):
        """Tester13's K1: „… also in 36 Stunden. Die Sitzung trotzdem jetzt starten?“ – „Jetzt starten“,
        and then „Diese Sitzung kann ab … gestartet werden, 60 Minuten vor Beginn.“"""
        self.set_up_server_and_mail()
        start = berlin_now().replace(hour=10, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
        self.add_appointment("Beratung Familie Krämer", start, 50, "--jitsi", "beratung")
        self.start_app()
        self.desktop.key("ctrl+1", "Right", "Down", "ctrl+shift+Return")  # tomorrow's, Start Selected Session
        refusal = self.wait_for_widget(REFUSED, role="label", name="kann ab .* gestartet werden, 60 Minuten vor Beginn")
        self.assertIn((start - datetime.timedelta(hours=1)).strftime("%H:%M"), refusal["name"])
        self.assertEqual(self.desktop.windows("^Sitzung starten"), [], "asked to start anyway")
        self.desktop.screenshot(os.path.join(self.output, "refused.png"))
        self.desktop.key("Return")
        self.wait_for_no_window(REFUSED)
        self.assertEqual([a["status"] for a in self.appointments() if a["title"] == "Beratung Familie Krämer"],
                         ["planned"])

    def test_the_started_session_takes_its_reminder_away_and_the_keyboard_is_on_the_meeting(self):
        """Tester13's K3: the reminder of a session started with Strg+Eingabe stayed on top of the
        video, and after the session. K4: the keyboard then landed on an unnamed „Füllelement“."""
        self.set_up_server_and_mail()
        start = berlin_in(datetime.timedelta(minutes=10, seconds=20))  # reminded in 20 s
        self.cli("add", "--title", "Erstgespräch", "--start", start.strftime("%Y-%m-%dT%H:%M:%S"),
                 "--end", berlin_later(start, datetime.timedelta(minutes=50)).strftime("%Y-%m-%dT%H:%M:%S"),
                 "--zone", "Europe/Berlin", "--jitsi", "beratung", "--client-name", "Jana Müller")
        self.start_app()
        self.wait_for_widget(REMINDERS, role="list item", name="Erstgespräch", timeout=60)
        moves = FocusMoves(self.desktop)
        self.focus(MAIN)
        self.desktop.key("ctrl+Return")
        self.wait_for_window(SESSION, timeout=60)
        wait_until(lambda: "Videositzung – Erstgespräch" in moves.heard,
                   "the keyboard on the named meeting: heard %s" % moves.events)
        self.wait_for_no_window(REMINDERS)
        self.desktop.screenshot(os.path.join(self.output, "session-without-reminder.png"))


if __name__ == "__main__":
    main()
