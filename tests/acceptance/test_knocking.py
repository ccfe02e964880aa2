"""Issue 15, point 5 and the rest of point 15: someone knocking cannot be missed, and while the
privacy curtain is down the session shows no client's name (German UI, real app)."""
import json
import os
import subprocess

from vieraugen_desktop import (Announcements, NotificationService, VieraugenTestCase, main, session_start_time,
                               wait_until)

CLIENT = ("Jana Müller", "jana.mueller@example.org", "0170 1234567")
KNOCK_WINDOW = "^Jemand wartet – Vieraugen$"
TURN_AWAY = "^Abweisen"


class Knocking(VieraugenTestCase):

    def knock(self, participant_id, name):
        self.jitsi.emit("knocking-participant", {"participant": {"id": participant_id, "name": name}})

    def test_knock_while_minimized_and_under_the_curtain(self):
        self.set_up_server_and_mail()
        notifications = NotificationService(self.desktop)
        announcements = Announcements(self.desktop)
        self.add_appointment("Erstgespräch", session_start_time(), 50, "--jitsi", "beratung",
                             "--client-name", CLIENT[0], "--client-email", CLIENT[1], "--client-phone", CLIENT[2])
        self.start_app()
        self.desktop.key("ctrl+Return")
        session = self.wait_for_window("^Erstgespräch – Sitzung – Vieraugen", timeout=60)
        wait_until(lambda: self.jitsi.commands("toggle-lobby"), "the lobby on", timeout=60)

        # The counselor looks elsewhere: the session window is minimized when the client knocks.
        self.desktop.xdotool("windowminimize", session)
        self.wait_for_no_window("^Erstgespräch – Sitzung – Vieraugen")
        self.knock("k1", CLIENT[0])
        self.wait_for_window(KNOCK_WINDOW)
        self.wait_for_widget(KNOCK_WINDOW, role="label", name="^Jana Müller$")
        wait_until(lambda: [n for n in notifications.shown if CLIENT[0] in n["body"]], "a desktop notification")
        # A screen reader says it at once (#16).
        wait_until(lambda: "Jana Müller wartet im Warteraum." in announcements.heard, "the knock announced")
        self.desktop.screenshot(os.path.join(self.output, "knock.png"))
        admit = self.wait_for_widget(KNOCK_WINDOW, role="push button", name="^Jana Müller einlassen$")
        self.click_widget(admit)
        wait_until(lambda: self.jitsi.commands("answer-knocking-participant"), "the client admitted")
        self.assertEqual(self.jitsi.commands("answer-knocking-participant")[-1]["args"], ["k1", True])
        self.wait_for_no_window(KNOCK_WINDOW)

        # The screen locks: the curtain falls, and the session shows and says no name any more.
        subprocess.run(["dbus-send", "--session", "--type=signal", "/ScreenSaver",
                        "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"],
                       env=self.desktop.env, check=True, timeout=30)
        # The meeting stays uncovered; the client admitted before shows there under a neutral name.
        wait_until(lambda: [c for c in self.jitsi.commands("overwrite-names")
                            if c["args"] == [[{"id": "k1", "name": "Teilnehmende Person 1"}]]],
                   "the meeting without the client's name")
        # Jitsi's participants pane, which lists knockers by the names they typed, is closed.
        wait_until(lambda: [c for c in self.jitsi.commands("toggle-participants-pane") if c["args"] == [False]],
                   "Jitsi's participants pane closed")
        shown_before = len(notifications.shown)
        self.knock("k2", "Herr Yilmaz")
        self.wait_for_window(KNOCK_WINDOW)
        self.wait_for_widget(KNOCK_WINDOW, role="label", name="^Wartende Person 1$")
        wait_until(lambda: len(notifications.shown) > shown_before, "a desktop notification")
        wait_until(lambda: "Jemand wartet im Warteraum Ihrer Sitzung." in announcements.heard,
                   "the knock announced without a name")
        self.assertFalse([a for a in announcements.heard if "Yilmaz" in a], announcements.heard)
        self.desktop.screenshot(os.path.join(self.output, "knock-under-curtain.png"))
        names = ["%s %s" % (w["name"], w["text"]) for w in self.screen.widgets(KNOCK_WINDOW)]
        self.assertFalse([n for n in names if "Yilmaz" in n], names)
        self.assertNotIn("Yilmaz", json.dumps(notifications.shown[shown_before:], ensure_ascii=False))
        # The minimized session window's title names nobody either.
        wait_until(lambda: self.desktop.title_of(session) == "Sitzung – Vieraugen", "the title without a name")
        self.click_widget(self.wait_for_widget(KNOCK_WINDOW, role="push button", name="^Wartende Person 1 abweisen$"))
        # Asked first, without the name.
        self.wait_for_widget(TURN_AWAY, role="label", name="^Wartende Person 1 abweisen\\?")
        self.assertFalse([w for w in self.screen.widgets(TURN_AWAY) if "Yilmaz" in w["name"]])
        self.click_widget(self.wait_for_widget(TURN_AWAY, role="push button", name="^Abweisen$"))
        wait_until(lambda: len(self.jitsi.commands("answer-knocking-participant")) == 2, "the knock denied")
        self.assertEqual(self.jitsi.commands("answer-knocking-participant")[-1]["args"], ["k2", False])
        self.assert_no_client_data(list(CLIENT) + ["Herr Yilmaz"])


if __name__ == "__main__":
    main()
