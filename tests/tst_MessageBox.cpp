#include "ui/common/MessageBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeySequence>
#include <QSet>
#include <QTest>
#include <QTimer>

class TestMessageBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answeredInAdvanceWithoutShowing();
    void answerIsUsedOnce();
    void cancelCanSayWhatItMeans();
    void everyChoiceHasItsOwnAltKeyAndEscapeCancels();
};

void TestMessageBox::answeredInAdvanceWithoutShowing()
{
    MessageBox::setNextAnswer(QMessageBox::No);
    QCOMPARE(
        MessageBox::question(nullptr, QStringLiteral("Delete?"), QStringLiteral("Delete the appointment?")),
        QMessageBox::No);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Delete the appointment?"));
    QVERIFY(QApplication::topLevelWidgets().isEmpty() || !QApplication::activeModalWidget());
}

void TestMessageBox::answerIsUsedOnce()
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(MessageBox::warning(nullptr, QStringLiteral("t"), QStringLiteral("first")), QMessageBox::Yes);

    // Without a prepared answer a real box appears; close it from outside like a user would.
    bool sawModalBox = false;
    QTimer::singleShot(0, this, [&sawModalBox] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            sawModalBox = box->text() == QLatin1String("second");
            box->button(QMessageBox::Ok)->click();
        }
    });
    QCOMPARE(MessageBox::information(nullptr, QStringLiteral("t"), QStringLiteral("second")),
             QMessageBox::Ok);
    QVERIFY(sawModalBox);
}

void TestMessageBox::cancelCanSayWhatItMeans()
{
    // "Cancel" under "Did the session take place?" read as cancelling the appointment.
    QStringList shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            for (QAbstractButton* button : box->buttons())
                shown.append(button->text());
            box->button(QMessageBox::Cancel)->click();
        }
    });
    QCOMPARE(MessageBox::choose(nullptr, QStringLiteral("t"), QStringLiteral("Held?"),
                                { QStringLiteral("Held"), QStringLiteral("No-show") },
                                MessageBox::cancelIsDefault, QStringLiteral("Decide Later")),
             -1);
    QVERIFY2(shown.contains(QStringLiteral("&Decide Later")), qPrintable(shown.join(u',')));
}

void TestMessageBox::everyChoiceHasItsOwnAltKeyAndEscapeCancels()
{
    // The test user's finding: "Only this appointment" / "The whole series" had no Alt keys (nor
    // had their translations).
    QStringList shown;
    bool escapeCancels = false;
    QTimer::singleShot(0, this, [&shown, &escapeCancels] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        QAbstractButton* altN = nullptr;
        for (QAbstractButton* button : box->buttons()) {
            shown.append(button->text());
            if (button->shortcut() == QKeySequence(Qt::ALT | Qt::Key_N))
                altN = button;
        }
        escapeCancels = box->escapeButton() == box->button(QMessageBox::Cancel);
        (altN ? altN : box->button(QMessageBox::Cancel))->click();
    });
    const int choice
        = MessageBox::choose(nullptr, QStringLiteral("Edit"), QStringLiteral("Which?"),
                             { QStringLiteral("&Only this appointment"), QStringLiteral("Only the series") });
    QSet<QKeySequence> keys;
    for (const QString& text : std::as_const(shown)) {
        QVERIFY2(!QKeySequence::mnemonic(text).isEmpty(), qPrintable(text));
        keys.insert(QKeySequence::mnemonic(text));
    }
    QCOMPARE(keys.size(), shown.size());
    // "O" is taken: the next free letter, which Alt+N presses.
    QVERIFY2(shown.contains(QStringLiteral("O&nly the series")), qPrintable(shown.join(u',')));
    QVERIFY(escapeCancels);
    QCOMPARE(choice, 1);
}

QTEST_MAIN(TestMessageBox)
#include "tst_MessageBox.moc"
