#include "core/calendar/AppointmentStore.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calendar/AppointmentDialog.h"
#include "ui/invite/PhoneReadoutDialog.h"
#include "ui/settings/ServerProfileDialog.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// Every dialog opens ready for typing: the focus in its first field (never on Cancel, where a
// space would cancel), Tab through the fields in the order they are shown, Enter accepts when
// what was typed is valid and does nothing while it is not.
class TestDialogFocus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newAppointmentTakesTheTitleAsTyped();
    void appointmentTabOrderFollowsTheForm();
    void addServerTakesTheNameAsTyped();
    void datesAndTimesAsTyped_data();
    void datesAndTimesAsTyped();
    void noDialogOpensOnAButton();

private:
    // Shows the dialog and waits until it is the active window, as when a user opens it.
    static bool open(QDialog& dialog);
    static Appointment inPersonAt(const QTime& start);
    static QWidget* focus() { return QApplication::focusWidget(); }

    std::unique_ptr<TestWorkspace> m_workspace;
};

void TestDialogFocus::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
}

void TestDialogFocus::cleanup()
{
    QLocale::setDefault(QLocale::system());
    m_workspace.reset();
}

// Fifty minutes in person on Monday 30 November 2026: no video server is needed.
Appointment TestDialogFocus::inPersonAt(const QTime& start)
{
    Appointment appointment;
    appointment.kind = SessionKind::InPerson;
    QString error;
    if (!appointment.setLocalTimes(QDate(2026, 11, 30), start, start.addSecs(50 * 60),
                                   QStringLiteral("Europe/Berlin"), &error))
        qFatal("test appointment refused");
    return appointment;
}

bool TestDialogFocus::open(QDialog& dialog)
{
    dialog.show();
    return QTest::qWaitForWindowActive(&dialog);
}

void TestDialogFocus::newAppointmentTakesTheTitleAsTyped()
{
    AppointmentDialog dialog(inPersonAt(QTime(9, 0)), m_workspace->settings(), m_workspace->appointments(),
                             m_workspace->clock(), false);
    QVERIFY(open(dialog));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("title"));
    QCOMPARE(focus(), title);
    QTest::keyClick(focus(), Qt::Key_Return); // no title yet: nothing happens
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(focus(), QStringLiteral("Erstgespraech Familie"));
    QCOMPARE(title->text(), QStringLiteral("Erstgespraech Familie"));
    QVERIFY(dialog.isVisible()); // the space typed a space
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.appointment().title, QStringLiteral("Erstgespraech Familie"));
}

void TestDialogFocus::appointmentTabOrderFollowsTheForm()
{
    AppointmentDialog dialog(inPersonAt(QTime(9, 0)), m_workspace->settings(), m_workspace->appointments(),
                             m_workspace->clock(), false);
    QVERIFY(open(dialog));
    QStringList order { focus()->objectName() };
    for (int step = 0; step < 4; ++step) {
        QTest::keyClick(focus(), Qt::Key_Tab);
        order.append(focus()->objectName());
    }
    QCOMPARE(order,
             (QStringList { QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("start"),
                            QStringLiteral("end"), QStringLiteral("allDay") }));
    QTest::keyClick(focus(), Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), QStringLiteral("kind"));
    // On through the notes and the buttons, and round to the title again (tester11's H2: Tab
    // went from Cancel back to OK, never to the title).
    auto* const title = dialog.findChild<QLineEdit*>(QStringLiteral("title"));
    title->setText(QStringLiteral("Beratung")); // OK takes the focus too
    QStringList rest;
    for (int step = 0; step < 30 && focus() != title; ++step) {
        QTest::keyClick(focus(), Qt::Key_Tab);
        rest.append(focus()->objectName().isEmpty() ? QString::fromLatin1(focus()->metaObject()->className())
                                                    : focus()->objectName());
    }
    QVERIFY2(focus() == title, qPrintable(rest.join(u' ')));
    QVERIFY2(rest.size() > 3 && rest.at(rest.size() - 4) == QLatin1String("notes"),
             qPrintable(rest.join(u' ')));

    // Every label's mnemonic reaches its field, even in a row of several (Alt+W: the date).
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text().contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
}

void TestDialogFocus::addServerTakesTheNameAsTyped()
{
    ServerProfileDialog dialog(ServerProfile(), {}, false, true, QString());
    QVERIFY(open(dialog));
    QCOMPARE(focus(), dialog.findChild<QLineEdit*>(QStringLiteral("name")));
    QTest::keyClicks(focus(), QStringLiteral("Beratung Nord"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("Beratung Nord"));
    QTest::keyClick(focus(), Qt::Key_Return); // no address yet
    QVERIFY(dialog.isVisible());
    QTest::keyClick(focus(), Qt::Key_Tab); // the id, made from the name
    QTest::keyClick(focus(), Qt::Key_Tab);
    QCOMPARE(focus()->objectName(), QStringLiteral("url"));
    QTest::keyClicks(focus(), QStringLiteral("https://meet.example.org"));
    dialog.findChild<QWidget*>(QStringLiteral("auth"))->setFocus();
    QTest::keyClick(focus(), Qt::Key_End); // sign-in: none, so nothing else is required
    dialog.findChild<QLineEdit*>(QStringLiteral("url"))->setFocus();
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.profile().id, QStringLiteral("beratung-nord"));
}

void TestDialogFocus::datesAndTimesAsTyped_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("shown");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("01.12.26")
                            << QStringLiteral("01.12.2026");
    QTest::newRow("English") << QStringLiteral("en_US") << QStringLiteral("12/1/26")
                             << QStringLiteral("12/1/2026");
}

void TestDialogFocus::datesAndTimesAsTyped()
{
    QFETCH(QString, locale);
    QFETCH(QString, date);
    QFETCH(QString, shown);
    QLocale::setDefault(QLocale(locale));
    AppointmentDialog dialog(inPersonAt(QTime(10, 0)), m_workspace->settings(), m_workspace->appointments(),
                             m_workspace->clock(), false);
    QVERIFY(open(dialog));
    QTest::keyClicks(focus(), QStringLiteral("Beratung"));
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("warning"));
    QVERIFY(warning->isHidden());

    // Tab into the date selects it; typing replaces it, two-digit years are this century.
    QTest::keyClick(focus(), Qt::Key_Tab);
    QTest::keyClicks(focus(), date);
    QTest::keyClick(focus(), Qt::Key_Tab); // to the start, selecting its text
    QCOMPARE(dialog.findChild<QWidget*>(QStringLiteral("date"))->property("text").toString(), shown);
    // Times as typed, without picking the hour first.
    QTest::keyClicks(focus(), QStringLiteral("930"));
    QCOMPARE(dialog.appointment().start.toLocalTime(), QDateTime(QDate(2026, 12, 1), QTime(9, 30)));
    QCOMPARE(dialog.appointment().end.toLocalTime(), QDateTime(QDate(2026, 12, 1), QTime(10, 20)));
    QTest::keyClick(focus(), Qt::Key_Tab);
    QTest::keyClicks(focus(), QStringLiteral("10:30"));
    QCOMPARE(dialog.appointment().end.toLocalTime(), QDateTime(QDate(2026, 12, 1), QTime(10, 30)));
    QVERIFY(warning->isHidden());

    // A date in the past is said, not refused (the clock stands at 27 November 2026).
    dialog.findChild<QWidget*>(QStringLiteral("title"))->setFocus();
    QTest::keyClick(focus(), Qt::Key_Tab);
    QTest::keyClicks(
        focus(), locale == QLatin1String("de_DE") ? QStringLiteral("1.11.26") : QStringLiteral("11/1/26"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("2026")), qPrintable(warning->text()));
    QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.appointment().start.toLocalTime().date(), QDate(2026, 11, 1));

    // Half-typed text is a problem that blocks OK, and loses nothing.
    QTest::keyClicks(focus(), QStringLiteral("x"));
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestDialogFocus::noDialogOpensOnAButton()
{
    SecretStore secrets(m_workspace->settings());
    SettingsDialog settings(m_workspace->settings(), secrets);
    PhoneReadoutDialog readout(QStringLiteral("K7m-2pQ"), QStringLiteral("de"), QStringLiteral("Frau A."),
                               QStringLiteral("+4915123456789"));
    AboutDialog about;
    for (QDialog* dialog : std::initializer_list<QDialog*> { &settings, &readout, &about }) {
        QVERIFY(open(*dialog));
        // A space on a focused button would press it: Cancel would throw away what was typed.
        auto* button = qobject_cast<QAbstractButton*>(focus());
        const QDialogButtonBox* box = dialog->findChild<QDialogButtonBox*>();
        QVERIFY2(!button || !box || box->buttonRole(button) != QDialogButtonBox::RejectRole,
                 dialog->metaObject()->className());
        dialog->close();
    }
}

QTEST_MAIN(TestDialogFocus)
#include "tst_DialogFocus.moc"
