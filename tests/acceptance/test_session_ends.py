"""How a video session's end reaches the main window, and an end the server brings while the session
window asks a question (German UI, real app): the test user's J22."""
import os

import test_session_defects
from vieraugen_desktop import VieraugenTestCase, main, wait_until

MAIN = "^Vieraugen$"
SESSION = "^Erstgespräch – Sitzung – Vieraugen"
CLIENT = test_session_defects.CLIENT


class SessionEnds(VieraugenTestCase):

    start_video_session = test_session_defects.SessionDefects.start_video_session
    status_of = test_session_defects.SessionDefects.status_of

    def test_leaving_with_others_staying_says_how_the_session_was_recorded(self):
        """J22: after „Verlassen, andere bleiben“ the session was recorded as held, and the main window
        said nothing of it."""
        window = self.start_video_session()
        self.jitsi.emit("knocking-participant", {"participant": {"id": "k1", "name": CLIENT[0]}})
        self.click_widget(self.wait_for_widget(SESSION, role="push button", name="^Jana Müller einlassen$"))
        self.wait_for_widget(SESSION, role="label", name="^Teilnehmende: 2$")
        self.desktop.activate(window)
        self.desktop.key("alt+s", "v")  # Sitzung → Verlassen, andere bleiben
        self.wait_for_no_window(SESSION)
        said = self.wait_for_widget(MAIN, role="status bar",
                                    name="^„Erstgespräch“ als stattgefunden vermerkt "
                                         "\\(\\d\\d:\\d\\d–\\d\\d:\\d\\d\\)\\. Rückgängig mit Strg\\+Z\\.$")
        self.desktop.screenshot(os.path.join(self.output, "recorded.png"))
        self.assertEqual(self.status_of("Erstgespräch"), ["done"], said["name"])
        self.assertFalse(self.jitsi.commands("end-conference"), "ended the meeting for the client")
        self.assert_no_client_data(list(CLIENT))

    def test_the_server_ending_the_meeting_closes_the_question_to_end_it(self):
        """The client hung up (the server ended the meeting) while „Sitzung beenden“ was open over the
        session window: the question and the window stayed over a meeting that was over."""
        window = self.start_video_session()
        self.desktop.activate(window)
        self.desktop.key("alt+F4")
        self.wait_for_window("^Sitzung beenden")
        self.jitsi.emit("video-conference-left")
        self.jitsi.emit("video-ready-to-close")
        ended = self.wait_for_window("^Sitzung beendet")  # nobody joined: held or not?
        self.desktop.screenshot(os.path.join(self.output, "ended-under-the-question.png"))
        self.assertFalse(self.desktop.windows("^Sitzung beenden"), "the question stayed")
        self.desktop.activate(ended)
        self.desktop.key("Escape")  # Später entscheiden
        self.wait_for_no_window("^Sitzung beendet")
        self.wait_for_no_window(SESSION)
        self.assertEqual(self.status_of("Erstgespräch"), ["started"])
        self.assertFalse(self.jitsi.commands("end-conference"), "hung up although the counselor stayed")


if __name__ == "__main__":
    main()
