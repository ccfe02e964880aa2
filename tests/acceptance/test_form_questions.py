"""What the forms ask before they lose or record something (German UI, the real app, checked in
the data folder): closing without OK asks before it drops what was typed, in the settings and in the
setup assistant as in every form (tester13's K17: „Petra K.“ was gone after Alt+F4 without a word,
and Escape on the assistant's step 2 dropped the name taken on step 1), unchanged they close at
once."""
import os
import re

from vieraugen_desktop import VieraugenTestCase, main

MAIN = "^Vieraugen$"
SETTINGS = "^Einstellungen"
ASSISTANT = "^Vieraugen einrichten"
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


if __name__ == "__main__":
    main()
