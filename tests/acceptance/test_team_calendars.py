"""Team calendars as a counselor sets them up (German UI, real app, real Radicale): Settings →
Calendars, an account added with a wrong password first, then the right one; dialogs cancelled;
the result checked through vieraugen-cli and the files."""
import json
import os
import subprocess

from vieraugen_desktop import PATIENCE, AcceptanceError, VieraugenTestCase, main, wait_until

MAIN = "^Vieraugen$"
SETTINGS = "^Einstellungen"
ADD_ACCOUNT = "^Kalenderkonto hinzufügen"
RADICALE = os.environ.get("VIERAUGEN_TEST_RADICALE_EXECUTABLE", "vieraugen-test-radicale")
PASSWORD = "richtig-Kalender-7391"


class Radicale:
    """tests/support/RadicaleServer as a program: a real Radicale on 127.0.0.1 until stop()."""

    def __init__(self, users, calendars):
        arguments = [RADICALE]
        for name, password in users.items():
            arguments += ["--user", "%s:%s" % (name, password)]
        for path, name, colour in calendars:
            arguments += ["--calendar", ":".join(filter(None, (path, name, colour)))]
        self.process = subprocess.Popen(arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        start_new_session=True)
        started = json.loads(self.process.stdout.readline() or "{}")
        if "url" not in started:
            raise AcceptanceError("Radicale did not start")
        self.url = started["url"]
        self.storage = started["storage"]

    def stop(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(PATIENCE)
        self.process.stdout.close()


class TeamCalendars(VieraugenTestCase):

    def setUp(self):
        super().setUp()
        self.radicale = Radicale({"empfang": PASSWORD},
                                 [("empfang/termine", "Termine", "#d81b60"), ("empfang/vertretung", "Vertretung", "")])
        self.addCleanup(self.radicale.stop)

    def open_calendars_page(self):
        self.start_app()
        self.choose_menu(MAIN, "Datei", "Einstellungen …")
        self.wait_for_window(SETTINGS)
        self.click_widget(self.wait_for_widget(SETTINGS, role="list item", name="^Kalender$"))

    def open_add_account(self):
        self.click_widget(self.wait_for_widget(SETTINGS, role="push button", name="^Konto hinzufügen"))
        self.focus(ADD_ACCOUNT)

    def fill_in(self, password):
        """By keyboard, as the dialog opens on its first field."""
        self.desktop.type(self.radicale.url)
        self.desktop.key("Tab")
        self.desktop.type("empfang")
        self.desktop.key("Tab")
        self.desktop.type(password)

    def test_an_account_is_added_only_with_the_right_password(self):
        self.open_calendars_page()

        # Cancel in the account dialog adds nothing, although everything was typed.
        self.open_add_account()
        self.fill_in(PASSWORD)
        self.desktop.key("Escape")
        self.wait_for_no_window(ADD_ACCOUNT)
        self.assertEqual(self.cli_json("accounts"), [])

        # A wrong password: the server says no, the dialog says so and keeps what was typed.
        self.open_add_account()
        self.fill_in("falsch")
        self.desktop.key("Return")
        problem = self.wait_for_widget(ADD_ACCOUNT, role="label", name="Benutzername oder (das )?Passwort")
        self.desktop.screenshot(os.path.join(self.output, "wrong-password.png"))
        self.assertEqual(self.cli_json("accounts"), [])
        self.assertTrue(self.widgets(ADD_ACCOUNT, role="text", text="^empfang$"), "the user name was lost")

        # The right one: the dialog closes and the page lists the account's calendars.
        self.click_widget(self.wait_for_widget(ADD_ACCOUNT, name="^Passwort:$"))
        self.desktop.key("ctrl+a")
        self.desktop.type(PASSWORD)
        wait_until(lambda: not self.widgets(ADD_ACCOUNT, role="label", name=problem["name"]),
                   "the problem to go once the password changed")
        self.desktop.key("Return")
        self.wait_for_no_window(ADD_ACCOUNT)
        self.wait_for_widget(SETTINGS, role="label", name="2 Kalendern")
        self.wait_for_widget(SETTINGS, text=None, name="^Termine")
        self.desktop.screenshot(os.path.join(self.output, "account-added.png"))
        self.click_widget(self.wait_for_widget(SETTINGS, role="push button", name="^OK$"))
        self.wait_for_no_window(SETTINGS)

        accounts = self.cli_json("accounts")
        self.assertEqual([(a["user"], a["hasPassword"]) for a in accounts], [("empfang", True)])
        calendars = {c["name"]: c for c in self.cli_json("calendars")}
        self.assertIn("Termine", calendars)
        self.assertIn("Vertretung", calendars)
        self.assertEqual(calendars["Termine"]["access"], "read-write")
        # The password is in the keychain only: no file of the data folder or the settings has it.
        self.assert_no_client_data([], secrets=[PASSWORD, "falsch"])


if __name__ == "__main__":
    main()
