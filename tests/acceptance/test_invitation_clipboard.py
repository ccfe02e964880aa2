"""The room password copied to the clipboard (test user's G28): marked for clipboard managers and
taken off again, as password managers do (German UI, real app, the X clipboard read by xclip)."""
import os

from vieraugen_desktop import VieraugenTestCase, main, wait_until
import test_invitation_defects as invitations

INVITE = invitations.INVITE


class InvitationClipboard(VieraugenTestCase):
    plan_and_open_invitation = invitations.InvitationDefects.plan_and_open_invitation
    copy_the_password = invitations.InvitationDefects.copy_the_password
    send_button = invitations.InvitationDefects.send_button

    def test_copied_password_leaves_the_clipboard(self):
        self.plan_and_open_invitation()
        self.copy_the_password()
        self.click_widget(self.send_button())
        said = self.wait_for_widget(INVITE, role="label", name="Passwort-Nachricht ist kopiert")["name"]
        self.assertIn("45 Sekunden", said)
        self.desktop.screenshot(os.path.join(self.output, "password-copied.png"))
        self.click_widget(self.wait_for_widget(INVITE, role="push button", name="^OK$"))
        self.assertIn("x-kde-passwordManagerHint", self.desktop.clipboard("TARGETS").split())
        self.assertEqual(self.desktop.clipboard("x-kde-passwordManagerHint"), "secret")
        self.assertRegex(self.desktop.clipboard(), r"Passwort .*[a-z2-9]{12}")
        wait_until(lambda: "Passwort" not in (self.desktop.clipboard() or ""), "the clipboard to forget the password",
                   timeout=90)


if __name__ == "__main__":
    main()
