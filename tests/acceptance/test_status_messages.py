"""After a change, the calendar keeps the focus and the status bar says what happened (German UI,
real app): the test user's F27."""
import datetime

from vieraugen_desktop import VieraugenTestCase, berlin_now, main, wait_until

MAIN = "^Vieraugen$"
NEW = "^Neuer Termin"
SERIES_QUESTION = "^Serientermin"


class StatusMessages(VieraugenTestCase):

    def status_bar_says(self, pattern):
        return self.wait_for_widget(MAIN, role="status bar", name=pattern)["name"]

    def test_a_new_appointment_is_selected_in_the_calendar_which_keeps_the_focus(self):
        """Enter in the new-appointment dialog put the focus into the search field, so the next
        calendar key was typed there. Now the new appointment is selected: Delete deletes it."""
        self.start_app()
        self.desktop.key("ctrl+n")
        self.wait_for_window(NEW)
        self.desktop.type("Probetermin")
        self.desktop.key("Return")
        self.wait_for_no_window(NEW)
        wait_until(lambda: [a for a in self.appointments() if a["title"] == "Probetermin"], "the new appointment")
        self.desktop.key("Delete")
        wait_until(lambda: not [a for a in self.appointments() if a["title"] == "Probetermin"],
                   "Delete to delete the new appointment")
        self.status_bar_says("^„Probetermin“ wurde gelöscht. Rückgängig mit Strg\\+Z.$")
        self.assertEqual(self.widgets(MAIN, role="text", text="Probetermin"), [], "typed into a field")

    def test_deleting_one_date_of_a_series_says_only_that_date_went(self):
        monday = berlin_now().date() - datetime.timedelta(days=berlin_now().weekday())
        start = datetime.datetime.combine(monday + datetime.timedelta(days=1), datetime.time(10, 0))
        self.add_appointment("Gruppe", start, 50, "--in-person", "--rrule", "FREQ=WEEKLY;COUNT=4")
        self.start_app()
        self.desktop.key("ctrl+3")  # the week
        self.click_widget(self.wait_for_widget(MAIN, role="list item", name=r"^Dienstag, \d+\. \w+ 10:00.*Gruppe"))
        self.desktop.key("Delete")
        self.wait_for_window(SERIES_QUESTION)
        self.desktop.key("Return")  # "Nur diesen Termin", the default
        wait_until(lambda: len(self.appointments()) == 3, "one date deleted")
        self.status_bar_says("^Nur dieser Termin von „Gruppe“ wurde gelöscht. Rückgängig mit Strg\\+Z.$")


if __name__ == "__main__":
    main()
