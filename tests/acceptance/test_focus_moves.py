"""Issue 16: every move of the keyboard is said once, by a name that says where it went (German UI,
real app, the focus as Orca follows it on the AT-SPI bus)."""
import datetime

from test_accessibility import MONTHS
from vieraugen_desktop import FocusMoves, VieraugenTestCase, berlin_now, main, wait_until

MAIN = "^Vieraugen$"
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def spoken_date(day):
    """As the German UI says a date in full: "Dienstag, 1. Dezember 2026"."""
    return "%s, %d. %s %d" % (WEEKDAYS[day.weekday()], day.day, MONTHS[day.month - 1], day.year)


def a_month_after(day):
    """As Qt adds a month: the same day, or the month's last when it has no such day."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    for last in (31, 30, 29, 28):
        try:
            return datetime.date(year, month, min(day.day, last))
        except ValueError:
            continue


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

    def test_month_overview_says_each_day_in_full(self):
        """The month overview said "1", "2" as the arrow keys went through its days, and a day in
        another month twice (Qt selected it twice as it turned the page)."""
        today = berlin_now().date()
        tomorrow = today + datetime.timedelta(days=1)
        for hour in (10, 14):
            self.add_appointment("Beratung %d" % hour, datetime.datetime.combine(tomorrow, datetime.time(hour)), 50,
                                 "--in-person")
        self.start_app()
        moves = FocusMoves(self.desktop)
        self.focus(MAIN)
        self.desktop.key("ctrl+2")  # the calendar has the focus
        self.heard_from(moves, ["shift+F6"], "shift+F6", "Tage des Monats")
        heard = self.heard_from(moves, ["Right", "Left", "Next", "Prior"], "ctrl+f", "Termine suchen")
        # One name for each move, with what is on the day.
        self.assertEqual(heard, [spoken_date(tomorrow) + ", 2 Termine", spoken_date(today) + ", heute",
                                 spoken_date(a_month_after(today)), spoken_date(today) + ", heute"])

    def test_week_entered_from_the_month_overview_is_described_as_shown(self):
        """The test user's K9: a day of the next week chosen in the month overview, Enter, and the
        week view was described with the week it showed before („KW 49: …“ while it showed KW 50)."""
        chosen = berlin_now().date() + datetime.timedelta(days=7)
        self.start_app()
        moves = FocusMoves(self.desktop)
        self.focus(MAIN)
        # The week is said once before, with the week it shows then.
        self.heard_from(moves, ["ctrl+f"], "ctrl+2", "Arbeitswoche")
        self.heard_from(moves, ["shift+F6"], "shift+F6", "Tage des Monats")
        before = len(moves.events)
        self.heard_from(moves, ["Down"], "Return", "Arbeitswoche")
        entered = [event for event in moves.events[before:] if event["name"] == "Arbeitswoche"][0]
        # On a weekend the work week shows the coming one.
        shown = chosen + datetime.timedelta(days=7 - chosen.weekday() if chosen.weekday() >= 5 else 0)
        self.assertTrue(entered["description"].startswith("KW %d: " % shown.isocalendar()[1]),
                        "the week of %s: described %r" % (chosen, entered["description"]))

    def test_week_says_each_move_once(self):
        """The month overview follows the day chosen in the views: it must not say it too."""
        self.start_app()
        moves = FocusMoves(self.desktop)
        self.focus(MAIN)
        self.heard_from(moves, [], "ctrl+f", "Termine suchen")
        heard = self.heard_from(moves, ["ctrl+2", "Right", "Right", "Left"], "ctrl+f", "Termine suchen")
        # The view, then the day it is on (said first, a screen reader stayed on the view), and one
        # day for each move.
        self.assertEqual(len(heard), 5, "one name for each move: heard %s" % heard)
        self.assertEqual(heard[0], "Arbeitswoche")

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

    def test_hints_of_the_hours_out_of_sight_keep_still(self):
        """The test user's J24: in the day and week views the hints of appointments above or below the
        hours shown renamed themselves at every arrow key ("0 weitere Termine später …", hidden, and "1
        weiterer Termin später …" again), and the day view said each day twice."""
        today = berlin_now().date()
        for hour in (6, 21):
            self.add_appointment("Beratung %d" % hour, datetime.datetime.combine(today, datetime.time(hour)), 50,
                                 "--in-person")
        tomorrow = today + datetime.timedelta(days=1)
        for hour in (5, 6):
            self.add_appointment("Früh %d" % hour, datetime.datetime.combine(tomorrow, datetime.time(hour)), 50,
                                 "--in-person")
        self.start_app()
        moves = FocusMoves(self.desktop, "push button")
        self.focus(MAIN)
        self.heard_from(moves, [], "ctrl+f", "Termine suchen")
        # From a day with one before and one after the hours shown to one with two before, to one
        # without any, and back.
        before = len(moves.events)
        heard = self.heard_from(moves, ["ctrl+1", "Right", "Right", "Left", "Left"], "ctrl+f", "Termine suchen")
        days = [today + datetime.timedelta(days=offset) for offset in (0, 1, 2, 1, 0)]
        self.assertEqual([name for name, event in zip(heard, moves.events[before:]) if "object" in event],
                         ["Tag"] + [spoken_date(day) for day in days],
                         "the view, then one day for each move: heard %s" % moves.events[before:])
        # Renamed once where the count changes, and not while hidden, nor in the views not shown.
        self.assertEqual(self.renamed_hints(moves.events[before:]),
                         ["2 weitere Termine früher, vor den gezeigten Stunden",
                          "1 weiterer Termin früher, vor den gezeigten Stunden"], moves.events[before:])
        before = len(moves.events)
        heard = self.heard_from(moves, ["ctrl+2", "Right", "Left"], "ctrl+f", "Termine suchen")
        self.assertEqual(len([event for event in moves.events[before:before + len(heard)] if "object" in event]), 4,
                         "the view, its day, then one day for each move: heard %s" % moves.events[before:])
        self.assertEqual(self.renamed_hints(moves.events[before:]), [], moves.events[before:])

    @staticmethod
    def renamed_hints(events):
        """The hints renamed once the view is there (its hints are named as it shows)."""
        there = [index for index, event in enumerate(events) if "object" in event][0]
        return [event["name"] for event in events[there:]
                if event["event"] == "object:property-change:accessible-name" and "gezeigten Stunden" in event["name"]]

if __name__ == "__main__":
    main()
