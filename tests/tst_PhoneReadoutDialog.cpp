#include "ui/common/MessageBox.h"
#include "ui/invite/PhoneReadoutDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QUrl>

// „Passwort vorlesen“: its call button hands the number to the phone program, or says there is none.
class TestPhoneReadoutDialog : public QObject
{
    Q_OBJECT

public:
    // Stands in for a phone program that takes tel: links.
    Q_INVOKABLE void dial(const QUrl& url) { m_dialled.append(url); }

private Q_SLOTS:
    void withoutAPhoneProgramTheNumberIsShownToDialByHand();
    void aPhoneProgramGetsTheNumber();

private:
    static QPushButton* callButton(PhoneReadoutDialog& dialog);

    QList<QUrl> m_dialled;
};

QPushButton* TestPhoneReadoutDialog::callButton(PhoneReadoutDialog& dialog)
{
    for (QAbstractButton* button : dialog.findChild<QDialogButtonBox*>()->buttons()) {
        if (button->text().startsWith(QLatin1String("&Call")))
            return qobject_cast<QPushButton*>(button);
    }
    return nullptr;
}

void TestPhoneReadoutDialog::withoutAPhoneProgramTheNumberIsShownToDialByHand()
{
    // Tester13's J7: „0160 9876543 anrufen“ did nothing, not a word, where no program takes tel:
    // links. The offscreen platform opens no links at all, as such a desktop.
    QVERIFY(!QDesktopServices::openUrl(QUrl(QStringLiteral("tel:+4930123"))));
    PhoneReadoutDialog dialog(QStringLiteral("txhnrbpqdbf7"), QStringLiteral("de"),
                              QStringLiteral("Nina Braun"), QStringLiteral("+491609876543"));
    dialog.show();
    QPushButton* call = callButton(dialog);
    QVERIFY(call);
    QCOMPARE(call->text(), QStringLiteral("&Call 0160 9876543"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    call->click();
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("No program on this computer dials phone numbers. Call 0160 9876543 by phone."));
    // The password stays on screen to be read out.
    QVERIFY(dialog.isVisible());
}

void TestPhoneReadoutDialog::aPhoneProgramGetsTheNumber()
{
    QDesktopServices::setUrlHandler(QStringLiteral("tel"), this, "dial");
    PhoneReadoutDialog dialog(QStringLiteral("txhnrbpqdbf7"), QStringLiteral("de"),
                              QStringLiteral("Nina Braun"), QStringLiteral("+491609876543"));
    dialog.show();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::warning(nullptr, {}, QStringLiteral("nothing said"));
    MessageBox::setNextAnswer(QMessageBox::Ok); // were it said, the test would not wait for it
    callButton(dialog)->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("tel"));
    QCOMPARE(m_dialled, QList<QUrl> { QUrl(QStringLiteral("tel:+491609876543")) });
    QCOMPARE(MessageBox::lastText(), QStringLiteral("nothing said"));
}

QTEST_MAIN(TestPhoneReadoutDialog)
#include "tst_PhoneReadoutDialog.moc"
