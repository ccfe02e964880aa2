"""After an invitation went out, its date changes: what the counselor is asked and what the client is
told (German UI, real app, real SMTP server)."""
import datetime
import os
import time

from vieraugen_desktop import VieraugenTestCase, working_day_at, main, wait_until

MAIN = "^Vieraugen$"
INVITE = "^Zu „Erstgespräch“ einladen"
READOUT = "^Passwort vorlesen"
NOTICE = "^Einladung überholt"
SERIES_QUESTION = "^Serientermin"
CLIENT = ("Jana Müller", "jana.mueller@example.org", "0170 1234567")
OTHERS = (("Paul Weber", "paul.weber@example.org"), ("Eva Schulz", "eva.schulz@example.org"))


class InvitationChanges(VieraugenTestCase):

    def invite_by_email(self, *more_participants):
        """A video appointment tomorrow at 10:00 with Jana Müller (and whoever else), everybody
        invited by e-mail from the invite dialog, the passwords read out; back in the calendar."""
        self.set_up_server_and_mail()
        start = self.planned = working_day_at(10, following=2)  # moved on by up to two days
        uid = self.add_appointment("Erstgespräch", start, 50, "--jitsi", "beratung", "--client-name", CLIENT[0],
                                   "--client-email", CLIENT[1], "--client-phone", CLIENT[2], *more_participants)
        self.start_app()
        self.show_week_of(self.planned.date())
        self.choose_menu(MAIN, "Sitzung", "Teilnehmende einladen …")
        self.wait_for_window(INVITE)
        self.click_widget(wait_until(
            lambda: [w for w in self.widgets(INVITE, role="push button", name="^Senden$") if w["enabled"]],
            "Senden enabled")[0])
        # The read-out comes once the link went, while the dialog still changes: by keyboard, not
        # at a place it had a moment before.
        self.wait_for_widget(READOUT, role="push button", name="^Am Telefon durchgegeben$")
        self.focus(READOUT)
        self.desktop.key("alt+d")  # Am Telefon &durchgegeben
        self.wait_for_no_window(READOUT)
        wait_until(lambda: self.smtp.messages(), "the link e-mail")
        self.desktop.key("Escape")
        self.wait_for_no_window(INVITE)
        return uid

    def test_undone_deletion_is_told_as_taking_place_after_all(self):
        """H35: the invited date deleted and the cancellation told, then Ctrl+Z: the question and the
        e-mail say the date takes place after all, not "moved from 10:00 to 10:00"."""
        uid = self.invite_by_email()
        self.click_widget(self.wait_for_widget(MAIN, role="list item", name="Erstgespräch, Video"))
        self.desktop.key("Delete")
        self.wait_for_widget(NOTICE, role="label",
                             name="^Jana Müller wurde für .* 10:00 eingeladen. Die Absage mitteilen")
        # J9: a cancellation keeps no link or password to speak of.
        self.assertEqual(self.widgets(NOTICE, role="label", name="bleiben gleich"), [])
        self.click_widget(self.wait_for_widget(NOTICE, role="push button", name="^Mitteilen$"))
        cancellation = wait_until(lambda: self.smtp.messages()[1:], "the cancellation e-mail")[0]
        self.assertIn("entfällt", cancellation["headers"]["Subject"])
        self.wait_for_no_window(NOTICE)

        self.focus(MAIN)
        self.desktop.key("ctrl+z")
        wait_until(lambda: [a for a in self.appointments() if a["uid"] == uid], "the date back")
        question = self.wait_for_widget(NOTICE, role="label", name="^Jana Müller wurde .* 10:00 abgesagt")
        self.assertIn("doch stattfindet", question["name"])
        self.desktop.screenshot(os.path.join(self.output, "takes-place-after-all.png"))
        self.click_widget(self.wait_for_widget(NOTICE, role="push button", name="^Mitteilen$"))
        told = wait_until(lambda: self.smtp.messages()[2:], "the e-mail that it takes place")[0]
        self.assertRegex(told["headers"]["Subject"], "^Ihr Videotermin am .* findet doch statt$")
        self.assertNotIn("verlegt", told["raw"])
        calendar = [p["text"] for p in told["parts"] if p["contentType"] == "text/calendar"][0]
        for line in ("METHOD:REQUEST", "UID:" + uid, "SEQUENCE:2"):
            self.assertIn(line, calendar)
        self.assertNotIn("CANCELLED", calendar)

    def test_one_question_for_everybody_a_change_concerns(self):
        """Several invited people were asked about one after the other: one question names them all
        (two names, then how many more), and one answer tells them all."""
        self.set_up_server_and_mail()
        start = self.planned = working_day_at(10, following=2)  # moved on by up to two days
        uid = self.add_appointment("Erstgespräch", start, 50, "--jitsi", "beratung", "--client-name", CLIENT[0],
                                   "--client-email", CLIENT[1], "--client-phone", CLIENT[2])
        for name, email in OTHERS:
            self.cli("participant-add", uid, "--name", name, "--email", email)
        self.cli("invite", uid, "--link-channel", "smtp", "--password-channel", "phone")
        wait_until(lambda: len(self.smtp.messages()) == 3 or None, "three link e-mails")
        self.start_app()
        self.show_week_of(self.planned.date())
        self.click_widget(self.wait_for_widget(MAIN, role="list item", name="Erstgespräch, Video"))
        self.desktop.key("alt+Right")
        question = self.wait_for_widget(NOTICE, role="label", name="eingeladen. Die neue Zeit \\(.*\\) mitteilen")
        self.assertRegex(question["name"], "^Jana Müller, Paul Weber und 1 weitere Person wurden für .* 10:00 eingeladen")
        self.desktop.screenshot(os.path.join(self.output, "one-question-for-three.png"))
        self.click_widget(self.wait_for_widget(NOTICE, role="push button", name="^Mitteilen$"))
        updates = wait_until(lambda: self.smtp.messages()[3:] if len(self.smtp.messages()) == 6 else None,
                             "three update e-mails")
        self.assertEqual(sorted(m["rcptTos"][0] for m in updates),
                         sorted([CLIENT[1]] + [email for _, email in OTHERS]))
        for update in updates:
            self.assertTrue(update["headers"]["Subject"].startswith("Ihr Videotermin ist verlegt auf"))
        self.wait_for_no_window(NOTICE)
        time.sleep(1)  # a question about the next participant would come at once
        self.assertEqual(self.desktop.windows(NOTICE), [], "asked again after the answer for all")

    def test_changes_passed_on_by_hand_are_copied_one_participant_at_a_time(self):
        """Review: the messages about one change to several participants whose links went by hand
        were copied as one text: pasted for one client, it carried the others' messages along."""
        self.set_up_server_and_mail()
        start = self.planned = working_day_at(10, following=2)  # moved on by up to two days
        uid = self.add_appointment("Erstgespräch", start, 50, "--jitsi", "beratung", "--client-name", CLIENT[0],
                                   "--client-email", CLIENT[1], "--client-phone", CLIENT[2])
        self.cli("participant-add", uid, "--name", OTHERS[0][0], "--email", OTHERS[0][1])
        self.cli("invite", uid, "--link-channel", "smtp", "--password-channel", "phone")
        wait_until(lambda: len(self.smtp.messages()) == 2 or None, "two link e-mails")
        import sqlite3
        database = sqlite3.connect(os.path.join(self.data, "calendar.sqlite"))
        database.execute("UPDATE invitations SET channel = 'clipboard' WHERE kind = 'link'")  # passed on by hand
        database.commit()
        database.close()
        self.start_app()
        self.show_week_of(self.planned.date())
        self.click_widget(self.wait_for_widget(MAIN, role="list item", name="Erstgespräch, Video"))
        self.desktop.key("alt+Right")
        self.click_widget(self.wait_for_widget(NOTICE, role="push button", name="^Mitteilen$"))
        next_one = "^Änderungen weitergeben"
        self.wait_for_widget(next_one, role="label", name="Die Nachricht an Jana Müller ist kopiert")
        first = self.desktop.clipboard()
        self.assertIn("Guten Tag Jana Müller", first)
        self.assertNotIn("Paul Weber", first)
        self.assertEqual(self.desktop.windows(NOTICE), [], "asked again about Paul Weber while copying")
        self.desktop.screenshot(os.path.join(self.output, "copy-next.png"))
        self.click_widget(self.wait_for_widget(next_one, role="push button", name="^Nachricht an Paul Weber kopieren$"))
        wait_until(lambda: "Paul Weber" in (self.desktop.clipboard() or "") or None, "the message to Paul Weber copied")
        self.assertNotIn("Jana Müller", self.desktop.clipboard())
        self.wait_for_widget(MAIN, role="status bar", name="^Die Nachricht an Paul Weber ist kopiert")

    def test_not_telling_is_remembered_after_a_restart(self):
        """ "Nicht mitteilen" was forgotten when Vieraugen restarted: the question came back. It stays
        answered, and the invitation stays marked outdated."""
        self.invite_by_email()
        self.click_widget(self.wait_for_widget(MAIN, role="list item", name="Erstgespräch, Video"))
        self.desktop.key("alt+Right")
        self.wait_for_widget(NOTICE, role="label", name="Die neue Zeit \\(.*\\) mitteilen")
        self.click_widget(self.wait_for_widget(NOTICE, role="push button", name="^Nicht mitteilen$"))
        self.wait_for_no_window(NOTICE)
        self.quit_app()
        self.start_app()
        self.show_week_of(self.planned.date())
        self.choose_menu(MAIN, "Sitzung", "Teilnehmende einladen …")
        self.wait_for_window(INVITE)
        wait_until(lambda: [w for w in self.widgets(INVITE) if "cell" in w["role"] and "überholt" in w["name"]],
                   "the sent invitation marked outdated")
        # The question would have come with the main window, before the invite dialog.
        self.assertEqual(self.desktop.windows(NOTICE), [], "asked again after the restart")
        self.assertEqual(len(self.smtp.messages()), 1)

    def test_invitation_sent_before_the_log_noted_its_date_is_asked_about(self):
        """H10: an invitation logged before Vieraugen noted which date it named (schema 11) was not
        recognised as outdated when its date moved. Unchanged since, it named the date as it is."""
        self.invite_by_email()
        self.quit_app()
        import sqlite3
        database = sqlite3.connect(os.path.join(self.data, "calendar.sqlite"))
        database.execute("UPDATE invitations SET for_start_utc = NULL, schedule = NULL")
        database.commit()
        database.close()
        self.start_app()
        self.show_week_of(self.planned.date())
        self.click_widget(self.wait_for_widget(MAIN, role="list item", name="Erstgespräch, Video"))
        self.desktop.key("alt+Right")
        self.wait_for_widget(NOTICE, role="label",
                             name="^Jana Müller wurde für .* 10:00 eingeladen. Die neue Zeit \\(.*\\) mitteilen")
        self.click_widget(self.wait_for_widget(NOTICE, role="push button", name="^Mitteilen$"))
        update = wait_until(lambda: self.smtp.messages()[1:], "the update e-mail")[0]
        self.assertTrue(update["headers"]["Subject"].startswith("Ihr Videotermin ist verlegt auf"))

    def test_deleting_one_date_of_an_invited_series_tells_that_date_is_cancelled(self):
        """J29: one date of a series the client is invited to, deleted alone ("Nur diesen Termin"):
        the question and the e-mail say that this date is cancelled, not "the new time"."""
        self.set_up_server_and_mail()
        start = self.planned = working_day_at(10, following=2)  # moved on by up to two days
        uid = self.add_appointment("Erstgespräch", start, 50, "--jitsi", "beratung", "--client-name", CLIENT[0],
                                   "--client-email", CLIENT[1], "--rrule", "FREQ=WEEKLY;COUNT=4")
        self.cli("invite", uid, "--link-channel", "smtp", "--password-channel", "phone")
        wait_until(lambda: self.smtp.messages(), "the link e-mail")
        self.start_app()
        self.show_week_of(self.planned.date())
        self.click_widget(self.wait_for_widget(MAIN, role="list item", name="Erstgespräch, Video"))
        self.desktop.key("Delete")
        self.wait_for_window(SERIES_QUESTION)
        self.desktop.key("Return")  # "Nur diesen Termin", the default
        self.wait_for_widget(NOTICE, role="label", name="^Jana Müller ist zu dieser Reihe eingeladen. Mitteilen, "
                             "dass der Termin am .* %02d\\.%02d\\. 10:00 ausfällt\\?$" % (start.day, start.month))
        self.assertEqual(self.widgets(NOTICE, role="label", name="bleiben gleich"), [])
        self.desktop.screenshot(os.path.join(self.output, "series-date-cancelled.png"))
        self.click_widget(self.wait_for_widget(NOTICE, role="push button", name="^Mitteilen$"))
        told = wait_until(lambda: self.smtp.messages()[1:], "the e-mail about the cancelled date")[0]
        text = [p["text"] for p in told["parts"] if p["contentType"] == "text/plain"][0]
        self.assertRegex(text, "Der Termin am \\w+, %d\\. \\w+ %d um 10:00 Uhr fällt aus\\." % (start.day, start.year))
        calendar = [p["text"] for p in told["parts"] if p["contentType"] == "text/calendar"][0]
        self.assertIn("EXDATE", calendar)


if __name__ == "__main__":
    main()
