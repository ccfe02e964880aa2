"""Issue 16: Vieraugen as a screen reader and a keyboard-only user meet it (German UI, real app,
read through AT-SPI as Orca reads it, checked through vieraugen-cli)."""
import datetime
import os
import re

from vieraugen_desktop import VieraugenTestCase, berlin_in, berlin_now, main, wait_until

MAIN = "^Vieraugen$"
NEW = "^Neuer Termin"
SETTINGS = "^Einstellungen"

# What a user can act on; each of these needs a name a screen reader can say.
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "text", "password text", "combo box",
               "spin button", "slider", "page tab", "list item", "table cell", "menu item", "check menu item",
               "radio menu item", "link", "table", "list"}
# Focusable, yet nothing to name: a label selectable by mouse is read by its text (an empty result
# line says nothing); the meeting's page is Chromium's reading of the stand-in server's page.
NOT_ACTED_ON = {"label", "document web", "section", "video", "paragraph", "static"}
VIEWS = ["Tag", "Arbeitswoche", "Woche", "Monat", "Agenda"]
WEEKDAYS = "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"


def unnamed(widgets):
    """What a user can act on or Tab to, and a screen reader cannot name (Tab stopped on the settings'
    scroll area: "filler", nothing else)."""
    return ["%s at depth %d after %s" % (w["role"], w["depth"], [v["name"] for v in widgets[max(0, i - 3):i]])
            for i, w in enumerate(widgets)
            if (w["role"] in INTERACTIVE or w["focusable"] and w["role"] not in NOT_ACTED_ON) and w["showing"]
            and not w["name"].strip() and not is_corner(widgets, i)]


def is_corner(widgets, index):
    """The first cell of a table whose first row and column are headers (the navigator's day names
    and week numbers) is empty by nature, as in every such table; it is nothing to act on."""
    if widgets[index]["role"] != "table cell":
        return False
    for widget in reversed(widgets[:index]):
        if widget["depth"] < widgets[index]["depth"]:
            return widget["role"] == "table"
        if widget["role"] == "table cell":
            return False
    return False


def children(widgets, parent):
    """The widgets directly under parent (found again by role, name and depth in a new reading)."""
    start = next(i for i, w in enumerate(widgets)
                 if (w["role"], w["name"], w["depth"]) == (parent["role"], parent["name"], parent["depth"]))
    found = []
    for widget in widgets[start + 1:]:
        if widget["depth"] <= parent["depth"]:
            break
        if widget["depth"] == parent["depth"] + 1:
            found.append(widget)
    return found


def with_ampersand(widgets):
    return ["%s %r" % (w["role"], w["name"]) for w in widgets
            if w["showing"] and re.search(r"&\w", w["name"])]


def assert_named(test, title):
    """The window titled title is open and a screen reader can name everything in it."""
    test.wait_for_window(title)
    widgets = wait_until(lambda: test.screen.widgets(title), "what %s shows" % title)
    test.assertEqual(unnamed(widgets), [], "unnamed interactive objects in %s" % title)
    test.assertEqual(with_ampersand(widgets), [], "mnemonic & in names in %s" % title)


class Accessibility(VieraugenTestCase):

    def monday(self):
        today = berlin_now().date()
        return today - datetime.timedelta(days=today.weekday())

    def at(self, day, hour, minute=0):
        return datetime.datetime.combine(day, datetime.time(hour, minute))

    def test_main_window_names_everything_and_reads_the_week(self):
        monday = self.monday()
        self.add_appointment("Beratung A", self.at(monday + datetime.timedelta(days=1), 10), 50, "--in-person")
        self.add_appointment("Beratung B", self.at(monday + datetime.timedelta(days=3), 14), 50, "--phone")
        self.start_app()
        self.desktop.key("ctrl+3")  # the whole week
        names = wait_until(lambda: [w["name"] for w in self.widgets(MAIN, role="list item")
                                    if ", Beratung" in w["name"]], "the week's appointments")
        # With the date: in the agenda and across a week "Dienstag 10:00" was every Tuesday (G25).
        self.assertIn("Dienstag, %s 10:00 bis 10:50, Beratung A, vor Ort, geplant"
                      % day_and_month(monday + datetime.timedelta(days=1)), names)
        self.assertIn("Donnerstag, %s 14:00 bis 14:50, Beratung B, Telefon, geplant"
                      % day_and_month(monday + datetime.timedelta(days=3)), names)
        widgets = self.screen.widgets(MAIN)
        self.assertEqual(unnamed(widgets), [], "unnamed interactive objects in the main window")
        self.assertEqual(with_ampersand(widgets), [], "mnemonic & in names")
        cells = [w for w in widgets
                 if w["showing"] and w["role"] == "table cell" and re.match(WEEKDAYS + r" 10:00$", w["name"])]
        self.assertEqual(len(cells), 7, "a cell for 10:00 on each day of the week")
        # The views are read as what they are: page tabs (they were check boxes).
        views = [(w["role"], w["name"]) for w in widgets
                 if w["name"] in VIEWS and w["role"] in {"page tab", "check box", "toggle button", "push button"}]
        self.assertEqual(views, [("page tab", name) for name in VIEWS], "the view switcher")
        # Qt names a tab list after its current tab: "Woche, page tab list", the view shown.
        tab_lists = [w for w in widgets if w["role"] == "page tab list"]
        self.assertEqual([w["name"] for w in tab_lists], ["Woche"])
        self.assertEqual([w["name"] for w in children(widgets, tab_lists[0]) if w["showing"]], VIEWS)

    def test_appointments_before_and_after_the_hours_shown_are_read(self):
        """The day opens at 07:00; "▲ 1 Termin früher" told only a sighted user of the early one."""
        today = berlin_now().date()
        self.add_appointment("Frühgespräch", self.at(today, 5), 50, "--in-person")
        self.add_appointment("Spätgespräch", self.at(today, 21, 30), 50, "--phone")
        self.start_app()
        self.desktop.key("ctrl+1", "t")  # today, as a day
        earlier = self.wait_for_widget(MAIN, role="push button",
                                       name="^1 weiterer Termin früher, vor den gezeigten Stunden$")
        self.wait_for_widget(MAIN, role="push button", name="^1 weiterer Termin später, nach den gezeigten Stunden$")
        self.desktop.screenshot(os.path.join(self.output, "hints.png"))
        widgets = self.screen.widgets(MAIN)
        self.assertEqual(unnamed(widgets), [], "unnamed interactive objects in the main window")
        # Read as part of the day, after its hours.
        index = next(i for i, w in enumerate(widgets) if w["name"] == earlier["name"])
        day = next(w for w in reversed(widgets[:index]) if w["depth"] < earlier["depth"])
        self.assertEqual(day["role"], "table")
        self.assertTrue([w for w in children(widgets, day) if re.match(WEEKDAYS + " 05:00$", w["name"])])

    def test_new_appointment_dialog_names_every_field(self):
        self.start_app()
        self.desktop.key("ctrl+n")
        self.wait_for_window(NEW)
        widgets = self.screen.widgets(NEW)
        self.assertEqual(unnamed(widgets), [], "unnamed interactive objects in the new-appointment dialog")
        self.assertEqual(with_ampersand(widgets), [], "mnemonic & in names")
        named = {w["name"] for w in widgets if w["role"] in INTERACTIVE}
        for field in ("Titel:", "Beginn", "Ende"):
            self.assertTrue([n for n in named if n.startswith(field)], "no field named %s in %s" % (field, named))
        # A series of one's own: the rule's fields appear.
        repeat = self.wait_for_widget(NEW, role="combo box", name="^Keine Wiederholung$")
        self.click_widget(repeat)
        self.click_widget(self.wait_for_widget(NEW, role="list item", name="^Benutzerdefiniert"))
        self.wait_for_widget(NEW, role="radio button", name="^nie$")
        widgets = self.screen.widgets(NEW)
        self.assertEqual(unnamed(widgets), [], "unnamed interactive objects with the series rule shown")
        self.assertEqual(with_ampersand(widgets), [], "mnemonic & in names")

    def test_settings_dialog_names_everything_on_every_page(self):
        self.start_app()
        self.desktop.key("ctrl+comma")
        self.wait_for_window(SETTINGS)
        page_list = self.wait_for_widget(SETTINGS, role="list", name="^Einstellungsseiten$")
        pages = children(self.screen.widgets(SETTINGS), page_list)
        self.assertGreaterEqual(len(pages), 3, "the settings pages")
        for page in pages:
            self.click_widget(page)
            wait_until(lambda: [w for w in children(self.screen.widgets(SETTINGS), page_list)
                                if w["name"] == page["name"] and w["focused"]], "the page %s" % page["name"])
            widgets = self.screen.widgets(SETTINGS)
            self.assertEqual(unnamed(widgets), [], "unnamed interactive objects on the page %s" % page["name"])
            self.assertEqual(with_ampersand(widgets), [], "mnemonic & in names on the page %s" % page["name"])

    def test_tab_visits_the_regions_in_reading_order(self):
        start = berlin_in(datetime.timedelta(days=1)).replace(second=0, microsecond=0)
        self.add_appointment("Erstgespräch", start, 50, "--in-person")
        self.start_app()
        self.desktop.key("ctrl+2")
        visited = []
        for _ in range(25):
            self.desktop.key("Tab")
            focused = wait_until(lambda: self.focused_widget(MAIN), "a focused widget")
            visited.append(focused)
        regions = [region(widget) for widget in visited]
        order = [r for i, r in enumerate(regions) if i == 0 or regions[i - 1] != r]
        expected = ["Monatsüberblick", "Ansicht", "Kalender", "Nächster Termin", "Suche"]
        first = order.index("Monatsüberblick") if "Monatsüberblick" in order else 0
        self.assertEqual(order[first:first + len(expected)], expected,
                         "Tab went through %s" % [(w["role"], w["name"]) for w in visited])

    def test_f6_jumps_from_region_to_region(self):
        start = berlin_in(datetime.timedelta(days=1)).replace(second=0, microsecond=0)
        self.add_appointment("Erstgespräch", start, 50, "--in-person")
        self.start_app()
        self.desktop.key("ctrl+2")  # the calendar has the focus
        visited = []
        for _ in range(5):
            self.desktop.key("F6")
            focused = wait_until(lambda: self.focused_widget(MAIN), "a focused widget")
            visited.append(region(focused))
        self.assertEqual(visited, ["Nächster Termin", "Suche", "Monatsüberblick", "Ansicht", "Kalender"])


MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember")


def day_and_month(date):
    """As the German UI says it: "3. Dezember"."""
    return "%d. %s" % (date.day, MONTHS[date.month - 1])


def region(widget):
    """The main window's region a focused widget belongs to, from what a screen reader says."""
    role, name = widget["role"], widget["name"]
    if name == "Monatsüberblick" or role == "table cell" and widget["parent"] == "Tage des Monats":
        return "Monatsüberblick"
    if role == "push button" and name in ("Heute", "Zurück", "Weiter") or role == "page tab" and name in VIEWS:
        return "Ansicht"
    if role in ("table cell", "list item") and re.match(WEEKDAYS, name):
        return "Kalender"
    if role == "push button" and re.match(r"^(Öffnen|Starten|Anrufen|Link öffnen|Prüfen|Kamera)", name):
        return "Nächster Termin"
    if role == "text" and name == "Termine suchen":
        return "Suche"
    return "%s %r" % (role, name)


if __name__ == "__main__":
    main()
