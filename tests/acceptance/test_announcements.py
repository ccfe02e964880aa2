"""Issue 16: what a change did is said to a screen reader, not only written in the status bar,
which screen readers read only on request (German UI, real app, the AT-SPI bus); and a warning in
the appointment dialog, which appears under the form while the focus stays in a field."""
import datetime
import os

from vieraugen_desktop import Announcements, VieraugenTestCase, berlin_now, main, wait_until

MAIN = "^Vieraugen$"
NEW = "^Neuer Termin"


class Announced(VieraugenTestCase):

    def test_creating_and_undoing_are_said(self):
        self.start_app()
        heard = Announcements(self.desktop)
        self.focus(MAIN)
        self.desktop.key("ctrl+n")
        self.focus(NEW)
        self.desktop.type("Beratung Frau Krüger")
        self.desktop.key("Return")
        self.wait_for_no_window(NEW)
        wait_until(lambda: "„Beratung Frau Krüger“ wurde angelegt." in heard.heard, "the creation said")

        self.focus(MAIN)
        self.desktop.key("ctrl+z")
        wait_until(lambda: [a for a in heard.heard if a.startswith("Rückgängig gemacht: ")
                            and "Beratung Frau Krüger" in a], "the undo said: heard %s" % heard.heard)
        self.assertEqual([a for a in self.appointments() if a["title"] == "Beratung Frau Krüger"], [])

    def test_an_overlap_is_said_with_every_appointment_it_overlaps(self):
        """Tester10's G10: the amber line named only Krüger, and a screen reader heard nothing."""
        tomorrow = berlin_now().date() + datetime.timedelta(days=1)
        for title, start in (("Beratung Frau Krüger", datetime.time(10, 31)),
                             ("Erstgespräch Frau Schneider", datetime.time(10, 45))):
            self.add_appointment(title, datetime.datetime.combine(tomorrow, start), 50, "--in-person")
        self.start_app()
        heard = Announcements(self.desktop)
        self.focus(MAIN)
        self.desktop.key("ctrl+n")
        self.focus(NEW)
        self.desktop.type("Supervision")
        self.desktop.key("Tab")  # the date, selected
        self.desktop.type("%d.%d.%s" % (tomorrow.day, tomorrow.month, tomorrow.strftime("%y")))
        self.desktop.key("Tab")  # the start, selected
        self.desktop.type("1040")
        said = wait_until(lambda: [a for a in heard.heard if "überschneidet" in a],
                          "the overlap said: heard %s" % heard.heard)
        self.assertIn("„Beratung Frau Krüger“ (10:31–11:21) und „Erstgespräch Frau Schneider“ (10:45–11:35)",
                      said[0])
        self.desktop.key("Escape")

    def test_a_wrong_field_is_named_once_it_is_left_and_every_one_is(self):
        """Tester12's J31: the form scolded from the first letter („„f“ ist keine E-Mail-Adresse.“, then
        „„fr“ …“), named only the mobile number of two wrong fields, and a hidden label of every new form
        named an empty rule from another calendar."""
        self.start_app()
        heard = Announcements(self.desktop)
        self.focus(MAIN)
        self.desktop.key("ctrl+n")
        self.focus(NEW)
        self.desktop.type("Beratung Frau Müller")
        self.desktop.key("alt+e")
        self.desktop.type("frau.mueller@gmx")
        self.desktop.key("alt+m")
        self.desktop.type("0151 123")
        self.desktop.key("Tab")
        problem = self.wait_for_widget(NEW, role="label", name="E-Mail-Adresse")
        self.desktop.screenshot(os.path.join(self.output, "two-problems.png"))
        lines = problem["name"].split("\n")
        self.assertEqual(len(lines), 2, lines)
        self.assertEqual(lines[0], "„frau.mueller@gmx“ ist keine E-Mail-Adresse.")
        self.assertIn("0151 123", lines[1])
        said = wait_until(lambda: [a for a in heard.heard if "E-Mail-Adresse" in a], "the problems said")
        self.assertEqual(said, [a for a in said if "frau.mueller@gmx" in a], "said letter by letter: %s" % said)
        self.assertFalse(self.widgets(NEW, role="push button", name="^OK$")[0]["enabled"])
        kept = [w for w in self.widgets(NEW, role="label", showing=False) if "anderen Kalender" in w["name"]]
        self.assertEqual(kept, [])

    def test_the_view_tabs_are_named_by_the_view_shown(self):
        """Tester10's G25: the tab list kept the name "Monat" while the agenda was shown (Qt names
        it after its current tab, but said nothing when that changed)."""
        self.start_app()
        heard = Announcements(self.desktop, "page tab list")
        self.focus(MAIN)
        self.desktop.key("ctrl+5")
        wait_until(lambda: "Agenda" in heard.heard, "the tab list renamed: heard %s" % heard.heard)


if __name__ == "__main__":
    main()
