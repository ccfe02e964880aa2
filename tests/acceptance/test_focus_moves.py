"""Issue 16: every move of the keyboard is said once, by a name that says where it went (German UI,
real app, the focus as Orca follows it on the AT-SPI bus)."""
import datetime

from vieraugen_desktop import FocusMoves, VieraugenTestCase, berlin_now, main, wait_until

MAIN = "^Vieraugen$"


class SaidOnce(VieraugenTestCase):

    def heard_from(self, moves, keys, then, landing):
        """What a screen reader heard from pressing keys, up to pressing then, which moves the focus
        to what is named landing (so that nothing said late for the keys goes unheard)."""
        before = len(moves.heard)
        for key in keys + [then]:
            self.desktop.key(key)
        try:
            wait_until(lambda: landing in moves.heard[before:], "the focus on %s" % landing)
        except AssertionError:
            self.fail("the focus on %s: heard %s" % (landing, moves.events[before:]))
        heard = moves.heard[before:]
        return heard[:heard.index(landing)]

    def test_agenda_says_each_appointment_once(self):
        """The test user's H7: the agenda said every appointment twice as the arrow keys went on."""
        tomorrow = berlin_now().date() + datetime.timedelta(days=1)
        titles = ["Beratung A", "Beratung B", "Beratung C"]
        for hour, title in zip((9, 11, 15), titles):
            self.add_appointment(title, datetime.datetime.combine(tomorrow, datetime.time(hour)), 50, "--in-person")
        self.start_app()
        moves = FocusMoves(self.desktop)
        self.focus(MAIN)
        self.desktop.key("ctrl+5")
        wait_until(lambda: "Agenda" in moves.heard, "the agenda reached: heard %s" % moves.heard)
        heard = self.heard_from(moves, ["Down"] * len(titles), "ctrl+f", "Termine suchen")
        self.assertEqual(len(heard), len(titles), "one name for each move: heard %s" % heard)
        for name, title in zip(heard, titles):
            self.assertIn(", %s, " % title, name)


if __name__ == "__main__":
    main()
