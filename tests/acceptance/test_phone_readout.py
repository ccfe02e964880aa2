"""„Passwort vorlesen“ → „… anrufen“ on a computer without a program for tel: links (tester13's J7:
nothing happened, not a word): Vieraugen says so and shows the number to dial by hand; the number is
in no log. German UI, real app, real SMTP server, by keyboard."""
import datetime
import os

from vieraugen_desktop import VieraugenTestCase, berlin_now, main, wait_until

MAIN = "^Vieraugen$"
INVITE = "^Zu „Beratung Braun“ einladen"
READOUT = "^Passwort vorlesen"
CLIENT = ("Nina Braun", "nina.braun@example.org", "0160 9876543", "+491609876543")


class PhoneReadout(VieraugenTestCase):

    def test_call_without_a_phone_program_shows_the_number(self):
        self.set_up_server_and_mail()
        start = berlin_now().replace(hour=11, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
        self.add_appointment("Beratung Braun", start, 50, "--jitsi", "beratung", "--client-name", CLIENT[0],
                             "--client-email", CLIENT[1], "--client-phone", CLIENT[2])
        self.start_app()
        self.choose_menu(MAIN, "Sitzung", "Teilnehmende einladen …")
        self.wait_for_window(INVITE)
        send = wait_until(lambda: [w for w in self.widgets(INVITE, role="push button", name="^Senden$") if w["enabled"]],
                          "Senden enabled")[0]
        self.click_widget(send)
        self.focus(READOUT)
        self.wait_for_widget(READOUT, role="push button", name="^%s anrufen$" % CLIENT[2])
        self.desktop.key("alt+r")
        message = self.wait_for_widget(".", role="label", name="kein Programm Telefonnummern")
        self.assertEqual(message["name"], "Auf diesem Computer wählt kein Programm Telefonnummern. "
                                          "Rufen Sie %s mit dem Telefon an." % CLIENT[2])
        self.desktop.screenshot(os.path.join(self.output, "no-phone-program.png"))
        self.desktop.key("Return")
        # Back at the password, to read it out.
        wait_until(lambda: not self.widgets(".", role="label", name="kein Programm Telefonnummern"), "the message closed")
        self.click_widget(self.wait_for_widget(READOUT, role="push button", name="^Am Telefon durchgegeben$"))
        self.wait_for_no_window(READOUT)
        self.assert_no_client_data([CLIENT[2], CLIENT[3], CLIENT[2].replace(" ", "")])


if __name__ == "__main__":
    main()
