"""Issue 16, the last two layouts that cut text off (German UI, the real app on a private desktop).
Settings → Kalender at 200 % (QT_FONT_DPI=192, 1024×700) with a team account on a real Radicale:
each calendar's row shows its whole name and what its server gets, and the choice made in the field
below the list is what vieraugen-cli reads (tester12's J13). And at 100 % on a 1024×768 screen, ten
minutes before a video session: „Jetzt Kamera und Mikrofon prüfen …“ whole, and the month overview
beside it whole (tester12's J11). A picture of each goes to the test's output folder."""
import datetime
import os

import test_team_calendars as team
from test_scaled_desktop import MAIN, ScaledDesktop
from vieraugen_desktop import berlin_in, main

SETTINGS = "^Einstellungen"
NEW = "^Neuer Termin"
CHECK_NOW = "^Jetzt Kamera und Mikrofon prüfen …$"


def inside(inner, outer):
    return (inner["x"] >= outer["x"] and inner["y"] >= outer["y"]
            and inner["x"] + inner["width"] <= outer["x"] + outer["width"]
            and inner["y"] + inner["height"] <= outer["y"] + outer["height"])


def extent(widget):
    return "%s %r at %d,%d %d×%d" % (widget["role"], widget["name"], widget["x"], widget["y"], widget["width"],
                                      widget["height"])


class CalendarsPageAt200Percent(ScaledDesktop):
    screen_size = "1024x700"
    scaling = {"QT_FONT_DPI": "192"}
    pixel_ratio = 2

    add_account_by_cli = team.TeamCalendars.add_account_by_cli

    def setUp(self):
        super().setUp()
        self.radicale = team.Radicale({"empfang": team.PASSWORD},
                                      [("empfang/termine", "Termine der Beratungsstelle", "#d81b60"),
                                       ("empfang/vertretung", "Vertretung", "")])
        self.addCleanup(self.radicale.stop)

    def click_scaled(self, widget):
        """A click into the middle of a widget, whose place AT-SPI gives in Qt's pixels (half the screen's)."""
        self.desktop.xdotool("mousemove", int((widget["x"] + widget["width"] / 2) * self.pixel_ratio),
                             int((widget["y"] + widget["height"] / 2) * self.pixel_ratio))
        self.desktop.xdotool("click", 1)

    def test_each_calendar_shows_its_name_and_what_its_server_gets(self):
        self.add_account_by_cli()
        self.start_app()
        self.focus(MAIN)
        self.desktop.key("ctrl+comma")
        self.wait_for_window(SETTINGS)
        self.click_scaled(self.wait_for_widget(SETTINGS, role="list item", name="^Kalender$"))
        # Each row says its calendar and, on its second line, what the server gets: whole, within the
        # list (the names were cut to „Kalende…“, a team calendar's row showed no name at all).
        rows = [self.wait_for_widget(SETTINGS, name=name) for name in (
            "^Auf diesem Computer \\(neue Termine\\)\\. An den Server: nichts \\(bleibt auf diesem Computer\\)$",
            "^Termine der Beratungsstelle\\. An den Server: Angaben ohne Notizen$",
            "^Vertretung\\. An den Server: Angaben ohne Notizen$")]
        calendars = [w for w in self.widgets(SETTINGS, name="^Kalender$") if w["role"] != "list item"][0]
        for row in rows:
            self.assertTrue(inside(row, calendars), "%s is not whole in %s" % (extent(row), extent(calendars)))
        self.desktop.screenshot(os.path.join(self.output, "calendars.png"))

        # The team calendar's choice, below the list: „Nur „belegt““ goes to the server from now on.
        self.click_scaled(rows[1])
        self.wait_for_widget(SETTINGS, role="combo box", name="^Angaben ohne Notizen$")
        self.desktop.key("alt+s")
        self.desktop.key("End")  # the last choice
        self.wait_for_widget(SETTINGS, name="^Termine der Beratungsstelle\\. An den Server: Nur „belegt“$")
        self.desktop.screenshot(os.path.join(self.output, "calendars-busy-only.png"))
        self.desktop.key("Return")
        self.wait_for_no_window(SETTINGS)
        details = {c["name"]: c["details"] for c in self.cli_json("calendars")}
        self.assertEqual(details["Termine der Beratungsstelle"], "busy")
        self.assertEqual(details["Vertretung"], "notes-kept-local")


class NextAppointmentOn1024x768(ScaledDesktop):
    screen_size = "1024x768"
    pixel_ratio = 1

    def test_the_check_before_a_session_leaves_the_month_whole(self):
        self.set_up_server_and_mail()
        self.start_app()
        self.focus(MAIN)
        # A video session in eight minutes, planned while Vieraugen is open, as the counselor does.
        start = berlin_in(datetime.timedelta(minutes=8))
        self.desktop.key("ctrl+n")
        self.focus(NEW)
        self.desktop.type("Videoberatung Neumann")
        self.desktop.key("Tab")  # the date, selected
        self.desktop.type(start.strftime("%d.%m.%Y"))
        self.desktop.key("Tab")  # the start, selected
        self.desktop.type(start.strftime("%H%M"))
        self.desktop.key("Return")
        self.wait_for_no_window(NEW)
        check = self.wait_for_widget(MAIN, role="push button", name=CHECK_NOW)
        self.desktop.screenshot(os.path.join(self.output, "next-appointment.png"))
        # The button, the month overview, its Sunday and its arrow to the next month end left of the
        # week (they ran on under it, „So.“ cut to „So“, the arrow half hidden).
        week = self.wait_for_widget(MAIN, role="table", name="^Arbeitswoche$")
        for widget in (check, self.wait_for_widget(MAIN, name="^Monatsüberblick$"),
                       self.wait_for_widget(MAIN, role="table column header", name="^Sonntag$"),
                       self.wait_for_widget(MAIN, role="push button", name="^Nächster Monat$")):
            self.assertLessEqual(widget["x"] + widget["width"], week["x"],
                                 "%s runs on under the week at %d" % (extent(widget), week["x"]))

if __name__ == "__main__":
    main()
