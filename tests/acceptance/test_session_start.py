"""Starting a video session by keyboard: what cannot happen is said before anything is asked
(German UI, real app, stand-in Jitsi)."""
import datetime
import os

from vieraugen_desktop import VieraugenTestCase, berlin_now, main

REFUSED = "^Sitzung kann nicht starten"


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


if __name__ == "__main__":
    main()
