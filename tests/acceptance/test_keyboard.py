"""Issue 16: Vieraugen by keyboard alone (German UI, the real app on a private desktop): plan an
appointment, move it with Alt+arrows, open it, close dialogs with Escape, and undo; and the issue's
whole run: create, move, resize, invite, start the session and admit the client. Every step is
checked through vieraugen-cli and the peers (SMTP, stand-in Jitsi server). No mouse is used. Alt+Shift+arrows, which resize in the calendar,
are what openbox, the window manager here as in LXDE and LXQt, takes for moving windows between
desktops before the app sees them: the appointment is made longer and shorter by the Edit menu's
keys and by the menu itself instead."""
import datetime
import os

from vieraugen_desktop import VieraugenTestCase, main, session_start_time, wait_until

MAIN = "^Vieraugen$"
NEW = "^Neuer Termin"
EDIT = "^Termin bearbeiten"
SETTINGS = "^Einstellungen"
INVITE = "^Zu „Erstgespräch“ einladen"
READOUT = "^Passwort vorlesen"
SESSION = "^Erstgespräch – Sitzung – Vieraugen"
QUIT = "^Vieraugen beenden"
CLIENT = ("Jana Müller", "jana.mueller@example.org")


class KeyboardOnly(VieraugenTestCase):

    def tab_to(self, window, name, role=None, limit=40):
        """Presses Tab until the widget with this accessible name has the focus, as a screen reader
        user does, listening to what each stop says."""
        heard = []
        for _ in range(limit):
            focused = wait_until(lambda: self.focused_widget(window), "a focused widget in %r" % window)
            if focused["name"] == name and (role is None or focused["role"] == role):
                return focused
            heard.append(focused["name"])
            self.desktop.key("Tab")
        raise AssertionError("Tab never reached %r in %r; it went %s" % (name, window, heard))

    def planned(self, title):
        return wait_until(lambda: [a for a in self.appointments() if a["title"] == title], "the appointment %s" % title)

    def wait_for_times(self, title, start, end, what):
        def moved():
            found = [a for a in self.appointments() if a["title"] == title]
            return found if found and found[0]["start"].startswith(start) and found[0]["end"].startswith(end) else None
        try:
            return wait_until(moved, what)
        except AssertionError:
            raise AssertionError("%s: the calendar holds %s" % (what, [(a["start"], a["end"]) for a in self.appointments()
                                                                         if a["title"] == title]))

    def test_plan_move_resize_open_and_cancel_by_keyboard(self):
        self.start_app()
        self.desktop.key("ctrl+2")  # the work week; the calendar has the focus
        # A new appointment on the chosen day: N in the calendar, the title first.
        self.desktop.key("n")
        self.wait_for_window(NEW)
        self.tab_to(NEW, "Titel:")
        self.desktop.type("Tastaturtermin")
        day = self.tab_to(NEW, "Wann:")["text"]
        self.tab_to(NEW, "Beginn")
        self.desktop.key("ctrl+a")
        self.desktop.type("10:00")
        self.tab_to(NEW, "Ende")
        self.desktop.key("ctrl+a")
        self.desktop.type("10:50")
        self.desktop.key("Return")
        self.wait_for_no_window(NEW)
        date = datetime.datetime.strptime(day, "%d.%m.%Y").date()
        iso = date.isoformat()
        self.wait_for_times("Tastaturtermin", iso + "T10:00", iso + "T10:50", "the new appointment")

        # Down chooses the day's first appointment; Alt+Down moves it by a quarter of an hour.
        self.focus(MAIN)
        self.desktop.key("Down")
        self.desktop.key("alt+Down", "alt+Down")
        self.wait_for_times("Tastaturtermin", iso + "T10:30", iso + "T11:20", "moved by half an hour")

        # Ctrl+Shift+Down makes it a quarter of an hour longer; the Edit menu (Alt+B), by its
        # "verkürzen" (Z), shorter again; Ctrl+Shift+Up then shorter still, and Ctrl+Z takes that back.
        self.desktop.key("ctrl+shift+Down")
        self.wait_for_times("Tastaturtermin", iso + "T10:30", iso + "T11:35", "a quarter of an hour longer")
        self.desktop.key("alt+b")
        self.wait_for_widget(".", role="menu item", name="^Um 15 Minuten verkürzen")
        self.desktop.key("z")
        self.wait_for_times("Tastaturtermin", iso + "T10:30", iso + "T11:20", "shorter again by the menu")
        self.desktop.key("ctrl+shift+Up")
        self.wait_for_times("Tastaturtermin", iso + "T10:30", iso + "T11:05", "shorter still")
        self.desktop.key("ctrl+z")
        self.wait_for_times("Tastaturtermin", iso + "T10:30", iso + "T11:20", "the shortening undone")

        # Return opens it; Escape asks before it drops what was typed (Escape again, or Enter, goes
        # back to the form); Alt+V discards, and nothing changed.
        self.desktop.key("Return")
        self.wait_for_window(EDIT)
        self.tab_to(EDIT, "Titel:")
        self.desktop.type(" geändert")
        self.desktop.key("Escape")
        self.wait_for_widget(".", role="label", name="^Ihre Änderungen verwerfen\\?$")
        self.desktop.key("Escape")
        self.wait_for_window(EDIT)
        self.desktop.key("Escape")
        self.wait_for_widget(".", role="label", name="^Ihre Änderungen verwerfen\\?$")
        self.desktop.key("alt+v")
        self.wait_for_no_window(EDIT)
        self.wait_for_times("Tastaturtermin", iso + "T10:30", iso + "T11:20", "nothing changed by Escape")

        # Alt+Right moves it to the next day; Ctrl+Z takes that back.
        wait_until(lambda: (self.focused_widget(MAIN) or {}).get("role") == "table", "the keyboard back in the week")
        self.desktop.key("alt+Right")
        next_day = (date + datetime.timedelta(days=1)).isoformat()
        self.wait_for_times("Tastaturtermin", next_day + "T10:30", next_day + "T11:20", "moved to the next day")
        self.desktop.key("ctrl+z")
        self.wait_for_times("Tastaturtermin", iso + "T10:30", iso + "T11:20", "the move undone")

        # The settings open and close by keyboard too, and leave the calendar as it was.
        self.desktop.key("ctrl+comma")
        self.wait_for_window(SETTINGS)
        self.desktop.key("Escape")
        self.wait_for_no_window(SETTINGS)
        self.assertEqual(len([a for a in self.appointments() if a["title"].startswith("Tastaturtermin")]), 1)

    def test_create_move_resize_invite_start_and_admit_by_keyboard(self):
        """The issue's keyboard-only run in one go, as a counselor meets it on a working day: plan a
        video appointment with a client, move it, make it longer, invite the client, start the
        session and let the client in from the lobby."""
        self.set_up_server_and_mail()
        start = session_start_time()  # today, in the next minutes
        end = start + datetime.timedelta(minutes=50)
        self.start_app()
        self.desktop.key("ctrl+1", "t")  # today, as a day; the calendar has the focus
        self.desktop.key("n")
        self.wait_for_window(NEW)
        self.tab_to(NEW, "Titel:")
        self.desktop.type("Erstgespräch")
        self.tab_to(NEW, "Beginn")
        self.desktop.key("ctrl+a")
        self.desktop.type(start.strftime("%H:%M"))
        self.tab_to(NEW, "Ende")
        self.desktop.key("ctrl+a")
        self.desktop.type(end.strftime("%H:%M"))
        self.tab_to(NEW, "Klient/-in:")
        self.desktop.type(CLIENT[0])
        self.tab_to(NEW, "E-Mail:")
        self.desktop.type(CLIENT[1])
        self.desktop.key("Return")
        self.wait_for_no_window(NEW)
        minute = "%Y-%m-%dT%H:%M"  # the end may lie after midnight, the next day
        self.wait_for_times("Erstgespräch", start.strftime(minute), end.strftime(minute), "the new appointment")
        self.assertEqual(self.planned("Erstgespräch")[0]["kind"], "jitsi")

        # Moved by a quarter of an hour, then a quarter of an hour longer.
        self.focus(MAIN)
        self.desktop.key("Down", "alt+Down")
        quarter = datetime.timedelta(minutes=15)
        self.wait_for_times("Erstgespräch", (start + quarter).strftime(minute), (end + quarter).strftime(minute),
                            "moved")
        self.desktop.key("ctrl+shift+Down")
        self.wait_for_times("Erstgespräch", (start + quarter).strftime(minute), (end + 2 * quarter).strftime(minute),
                            "longer")

        # The invitation: the link by e-mail, the password read out on the phone.
        self.desktop.key("ctrl+i")
        self.wait_for_window(INVITE)
        wait_until(lambda: [w for w in self.widgets(INVITE, role="push button", name="^Senden$") if w["enabled"]],
                   "Senden enabled")
        self.tab_to(INVITE, "Senden", role="push button")
        self.desktop.key("space")
        self.wait_for_window(READOUT)
        self.tab_to(READOUT, "Am Telefon durchgegeben", role="push button")
        self.desktop.key("space")
        self.wait_for_no_window(READOUT)
        mail = wait_until(self.smtp.messages, "the link e-mail at the SMTP server")[0]
        self.assertEqual(mail["rcptTos"], [CLIENT[1]])
        self.focus(INVITE)
        self.desktop.key("Escape")
        self.wait_for_no_window(INVITE)

        # The session of the selected appointment; the client knocks and is let in.
        self.focus(MAIN)
        self.desktop.key("ctrl+shift+Return")
        self.wait_for_window(SESSION, timeout=60)
        wait_until(lambda: self.jitsi.commands("toggle-lobby"), "the lobby on", timeout=60)
        self.jitsi.emit("knocking-participant", {"participant": {"id": "k1", "name": CLIENT[0]}})
        self.tab_to(SESSION, "Jana Müller einlassen", role="push button")
        self.desktop.screenshot(os.path.join(self.output, "admit.png"))
        self.desktop.key("space")
        wait_until(lambda: self.jitsi.commands("answer-knocking-participant"), "the client admitted")
        self.assertEqual(self.jitsi.commands("answer-knocking-participant")[-1]["args"], ["k1", True])

        # Ctrl+Q, beside Ctrl+W, quit at once and ended the session for the client: it asks first,
        # and Escape keeps the session. Then quitting on purpose ends it.
        self.focus(MAIN)
        self.desktop.key("ctrl+q")
        self.wait_for_window(QUIT)
        self.desktop.screenshot(os.path.join(self.output, "quit-question.png"))
        self.desktop.key("Escape")
        self.wait_for_no_window(QUIT)
        self.assertTrue(self.app_is_running())
        self.assertTrue(self.desktop.windows(SESSION))
        self.assertFalse(self.jitsi.commands("video-hangup"))
        self.focus(MAIN)
        self.desktop.key("ctrl+q")
        self.wait_for_window(QUIT)
        self.tab_to(QUIT, "Vieraugen und Sitzung beenden", role="push button")
        self.desktop.key("space")
        wait_until(lambda: not self.app_is_running(), "Vieraugen quit")
        self.assertTrue(self.jitsi.commands("video-hangup"))


if __name__ == "__main__":
    main()
