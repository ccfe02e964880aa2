"""What „Nächste Sitzung starten“ (Strg+Eingabe) starts, and how far away the card and the question
say it is (German UI, real app): the test user's J32 and J33."""
import datetime
import os

from vieraugen_desktop import VieraugenTestCase, berlin_now, main

MAIN = "^Vieraugen$"
START = "^Sitzung starten"


class NextSession(VieraugenTestCase):

    def test_start_next_session_passes_over_an_office_hour_in_person(self):
        """J32: tomorrow's 08:00 office hour „vor Ort“ came before the 11:00 phone session, and
        Strg+Eingabe offered to start the office hour; an all-day date is no session either."""
        tomorrow = berlin_now().replace(second=0, microsecond=0) + datetime.timedelta(days=1)
        self.add_appointment("Teamtag", tomorrow.replace(hour=0, minute=0), 0, "--all-day", "--in-person")
        self.add_appointment("Post & Anrufbeantworter", tomorrow.replace(hour=8, minute=0), 60, "--in-person")
        self.add_appointment("Erstgespräch Schneider", tomorrow.replace(hour=11, minute=0), 50, "--phone",
                             "--client-name", "Jonas Schneider", "--client-phone", "0170 1234567")
        self.start_app()
        # The card still shows what comes next, the office hour.
        self.wait_for_widget(MAIN, role="label", name="Post & Anrufbeantworter")
        self.desktop.key("ctrl+Return")
        question = self.wait_for_widget(START, role="label", name="morgen um 11:00")
        self.desktop.screenshot(os.path.join(self.output, "start-next-session.png"))
        self.assertIn("„Erstgespräch Schneider“", question["name"])
        self.desktop.key("Escape")
        self.wait_for_no_window(START)
        self.assertEqual({a["title"]: a["status"] for a in self.appointments()},
                         {"Teamtag": "planned", "Post & Anrufbeantworter": "planned",
                          "Erstgespräch Schneider": "planned"})

    def test_the_card_and_the_question_count_the_same_days(self):
        """J33: on Monday evening next Monday's 11:00 group was „in 6 Tagen“ on the card and
        „in 7 Tagen“ in the question before starting it. Both count calendar days."""
        now = berlin_now().replace(second=0, microsecond=0)
        next_week = max(now + datetime.timedelta(days=7, minutes=-30),
                        datetime.datetime.combine(now.date() + datetime.timedelta(days=7), datetime.time(0, 0)))
        self.add_appointment("Elterngruppe", next_week, 50, "--phone", "--client-name", "Eltern",
                             "--client-phone", "0170 1234567")
        self.start_app()
        card = self.wait_for_widget(MAIN, role="label", name="Elterngruppe")
        self.assertIn("in 7 Tagen", card["name"])
        self.desktop.key("ctrl+Return")
        question = self.wait_for_widget(START, role="label", name="Elterngruppe")
        self.desktop.screenshot(os.path.join(self.output, "seven-days.png"))
        self.assertIn("in 7 Tagen", question["name"])
        self.desktop.key("Escape")
        self.wait_for_no_window(START)


if __name__ == "__main__":
    main()
