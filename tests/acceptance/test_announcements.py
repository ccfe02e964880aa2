"""Issue 16: what a change did is said to a screen reader, not only written in the status bar,
which screen readers read only on request (German UI, real app, the AT-SPI bus)."""
from vieraugen_desktop import Announcements, VieraugenTestCase, main, wait_until

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


if __name__ == "__main__":
    main()
