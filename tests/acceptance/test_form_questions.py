"""What the forms ask before they lose or record something (German UI, the real app, checked in
the data folder): closing without OK asks before it drops what was typed, in the settings and in the
setup assistant as in every form (tester13's K17: „Petra K.“ was gone after Alt+F4 without a word,
and Escape on the assistant's step 2 dropped the name taken on step 1), unchanged they close at
once; a date still to come marked „Stattgefunden“ in its form asks first, as the calendar's menu
does (tester13's H23)."""
import datetime
import os
import re

from vieraugen_desktop import VieraugenTestCase, berlin_now, main

MAIN = "^Vieraugen$"
SETTINGS = "^Einstellungen"
ASSISTANT = "^Vieraugen einrichten"
EDIT = "^Termin bearbeiten"
QUESTION = "^Ihre Änderungen verwerfen\\?$"


class FormQuestions(VieraugenTestCase):

    def setUp(self):
        super().setUp()
        self.preset_settings(self.COUNSELOR)

    def saved_name(self):
        with open(os.path.join(self.data, "settings.ini"), encoding="utf-8") as settings:
            return re.search(r"^counselorName=(.*)$", settings.read(), re.MULTILINE).group(1)

    def test_settings_ask_before_dropping_a_changed_name(self):
        self.start_app()
        # Unchanged: Escape closes at once.
        self.desktop.key("ctrl+comma")
        self.wait_for_window(SETTINGS)
        self.desktop.key("Escape")
        self.wait_for_no_window(SETTINGS)

        self.focus(MAIN)
        self.desktop.key("ctrl+comma")
        self.wait_for_window(SETTINGS)
        self.desktop.key("alt+n", "ctrl+a")
        self.desktop.type("Eva B.")
        self.desktop.key("Escape")
        self.wait_for_widget(".", role="label", name=QUESTION)
        self.desktop.screenshot(os.path.join(self.output, "settings-question.png"))
        # Zurück (the default, also for Escape) keeps what was typed.
        self.desktop.key("Escape")
        self.wait_for_widget(SETTINGS, role="text", text="^Eva B\\.$")
        self.assertFalse(self.widgets(".", role="label", name=QUESTION))
        # Alt+F4 asks too; Verwerfen drops it.
        self.desktop.key("alt+F4")
        self.wait_for_widget(".", role="label", name=QUESTION)
        self.desktop.key("alt+v")
        self.wait_for_no_window(SETTINGS)
        self.assertEqual(self.saved_name(), "Eva Berger")

        # OK saves it, without a question.
        self.focus(MAIN)
        self.desktop.key("ctrl+comma")
        self.wait_for_window(SETTINGS)
        self.desktop.key("alt+n", "ctrl+a")
        self.desktop.type("Eva B.")
        self.desktop.key("Return")
        self.wait_for_no_window(SETTINGS)
        self.assertEqual(self.saved_name(), "Eva B.")

    def test_setup_assistant_asks_before_dropping_the_name_of_step_1(self):
        self.start_app()
        self.choose_menu(MAIN, "Hilfe", "Vieraugen einrichten …")
        self.wait_for_window(ASSISTANT + " – Schritt 1 von 4")
        # It opens in the name.
        self.desktop.key("ctrl+a")
        self.desktop.type("Eva Berger-Neu")
        self.desktop.key("Return")
        self.wait_for_window(ASSISTANT + " – Schritt 2 von 4")
        self.desktop.key("Escape")
        self.wait_for_widget(".", role="label", name=QUESTION)
        self.desktop.screenshot(os.path.join(self.output, "assistant-question.png"))
        self.desktop.key("Escape")
        self.wait_for_window(ASSISTANT + " – Schritt 2 von 4")
        self.assertFalse(self.widgets(".", role="label", name=QUESTION))
        self.desktop.key("Escape")
        self.wait_for_widget(".", role="label", name=QUESTION)
        self.desktop.key("alt+v")
        self.wait_for_no_window(ASSISTANT)
        self.assertEqual(self.saved_name(), "Eva Berger")

    def test_form_asks_before_marking_a_date_to_come_as_held(self):
        start = berlin_now().replace(hour=9, minute=0, second=0, microsecond=0) + datetime.timedelta(days=2)
        self.add_appointment("Telefonberatung Wagner", start, 50, "--in-person")
        self.start_app()
        self.desktop.key("ctrl+1", "Right", "Right", "Down", "Return")  # the day view, the day after tomorrow
        self.wait_for_window(EDIT)
        self.click_widget(self.wait_for_widget(EDIT, role="combo box", name="^Geplant$"))
        self.click_widget(self.wait_for_widget(".", role="list item", name="^Stattgefunden$"))
        self.desktop.key("Return")
        question = self.wait_for_widget(".", role="label", name="liegt noch in der Zukunft")
        self.assertRegex(question["name"], "^„Telefonberatung Wagner“ am .* Trotzdem als „stattgefunden“ vermerken\\?$")
        self.desktop.screenshot(os.path.join(self.output, "status-question.png"))
        # Abbrechen (Escape) goes back to the form, as it was; nothing is saved.
        self.desktop.key("Escape")
        self.wait_for_widget(EDIT, role="combo box", name="^Stattgefunden$")
        self.assertFalse(self.widgets(".", role="label", name="liegt noch in der Zukunft"))
        self.assertEqual([a["status"] for a in self.appointments() if a["title"] == "Telefonberatung Wagner"],
                         ["planned"])
        # Vermerken records it.
        self.desktop.key("Return")
        self.wait_for_widget(".", role="label", name="liegt noch in der Zukunft")
        self.desktop.key("alt+v")
        self.wait_for_no_window(EDIT)
        self.wait_for_appointments(lambda a: a["title"] == "Telefonberatung Wagner" and a["status"] == "done",
                                   "marked as held")


if __name__ == "__main__":
    main()
