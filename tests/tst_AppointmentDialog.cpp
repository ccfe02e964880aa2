#include "core/calendar/AppointmentStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calendar/AppointmentDialog.h"
#include "ui/common/MessageBox.h"

#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

// The new-appointment dialog's warnings (an overlap, a date in the past, a landline) as a
// counselor sees and hears them: the amber line under the form names what it is about, and a
// screen reader is told of each warning once, when it appears, not at every key typed.
class TestAppointmentDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void overlapNamesEveryAppointmentItOverlaps();
    void eachWarningIsSaidOnceWhenTypingPauses();
    void aProblemIsSaidAsAWarningIs();
    void timesAreReadWithoutTheirExampleAsASecondTime();
    void seriesStartsOnTheFirstDayItsRuleGives();
    void cancellingWhatWasTypedAsksFirst();
    void markingADateStillToComeAsHeldAsksFirst();
    void aDayThatDoesNotExistIsNamed();
    void aProblemWaitsUntilTheFieldIsLeft();
    void everyWrongFieldIsNamed();
    void aNewSeriesKeepsNoRuleUnnamed();

private:
    // "Supervision", in person on the given day: no video server is needed.
    static Appointment inPersonAt(const QDate& date, const QTime& start, int minutes = 50);
    void save(const QString& title, const QTime& start, int minutes);
    QString warningFor(const Appointment& appointment);

    std::unique_ptr<TestWorkspace> m_workspace;
};

namespace {

// What a screen reader is told unasked: the announcer's notification each time it starts showing
// (what Orca speaks, see Announcer).
class Listener : public QObject
{
public:
    explicit Listener(QWidget* announcer)
        : QObject(announcer)
    {
        announcer->installEventFilter(this);
    }

    QStringList heard;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            heard.append(QAccessible::queryAccessibleInterface(watched)->text(QAccessible::Name));
        return false;
    }
};

} // namespace

void TestAppointmentDialog::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
}

void TestAppointmentDialog::cleanup()
{
    m_workspace.reset();
}

Appointment TestAppointmentDialog::inPersonAt(const QDate& date, const QTime& start, int minutes)
{
    Appointment appointment;
    appointment.title = QStringLiteral("Supervision");
    appointment.kind = SessionKind::InPerson;
    QString error;
    if (!appointment.setLocalTimes(date, start, start.addSecs(minutes * 60), QStringLiteral("Europe/Berlin"),
                                   &error))
        qFatal("test appointment refused");
    return appointment;
}

void TestAppointmentDialog::save(const QString& title, const QTime& start, int minutes)
{
    Appointment appointment = inPersonAt(QDate(2026, 11, 30), start, minutes);
    appointment.title = title;
    QString error;
    QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
}

QString TestAppointmentDialog::warningFor(const Appointment& appointment)
{
    AppointmentDialog dialog(appointment, m_workspace->settings(), m_workspace->appointments(),
                             m_workspace->clock(), false);
    return dialog.findChild<QLabel*>(QStringLiteral("warning"))->text();
}

void TestAppointmentDialog::overlapNamesEveryAppointmentItOverlaps()
{
    // Tester10's G10: "Supervision" at 10:40 named only Krüger, not Schneider at 10:45 too.
    save(QStringLiteral("Beratung Frau Krüger"), QTime(10, 31), 50);
    save(QStringLiteral("Erstgespräch Frau Schneider"), QTime(10, 45), 50);
    const Appointment supervision = inPersonAt(QDate(2026, 11, 30), QTime(10, 40));
    QCOMPARE(
        warningFor(supervision),
        QStringLiteral("This overlaps with \"Beratung Frau Krüger\" (10:31–11:21) and \"Erstgespräch Frau "
                       "Schneider\" (10:45–11:35)."));

    // A crowded morning: the line names two and counts the others.
    save(QStringLiteral("Rückruf Herr Demir"), QTime(11, 0), 15);
    save(QStringLiteral("Teamsitzung"), QTime(11, 10), 50);
    QCOMPARE(warningFor(supervision),
             QStringLiteral("This overlaps with \"Beratung Frau Krüger\" (10:31–11:21), \"Erstgespräch Frau "
                            "Schneider\" (10:45–11:35) and 2 more appointments."));
}

void TestAppointmentDialog::eachWarningIsSaidOnceWhenTypingPauses()
{
    // The clock stands at 27 November 2026, 12:00: today at 13:00 is still to come. A video session,
    // whose room password goes by text message: a landline is warned of (for a call it is not).
    Appointment session = inPersonAt(QDate(2026, 11, 27), QTime(13, 0));
    session.kind = SessionKind::Jitsi;
    AppointmentDialog dialog(session, m_workspace->settings(), m_workspace->appointments(),
                             m_workspace->clock(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* announcer = dialog.findChild<QWidget*>(QStringLiteral("announcer"));
    QVERIFY(announcer);
    const Listener* listener = new Listener(announcer);
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("warning"));
    auto* start = dialog.findChild<QLineEdit*>(QStringLiteral("start"));
    start->setFocus();
    start->selectAll();
    // "9", "93", "930": each digit makes another time in the past, but the warning is said once.
    QTest::keyClicks(start, QStringLiteral("930"));
    QVERIFY(warning->isVisible());
    const QString past = warning->text();
    QVERIFY2(past.contains(QStringLiteral("09:30")), qPrintable(past));
    QTRY_COMPARE(listener->heard, QStringList { past });

    // Typing elsewhere leaves the warning as it is: nothing new to say.
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("title")), QStringLiteral(" Nord"));
    // A second warning beside the first: only the new one is said.
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("clientPhone")),
                     QStringLiteral("030 1234567"));
    const QStringList lines = warning->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), past);
    QVERIFY2(lines.last().contains(QStringLiteral("landline")), qPrintable(lines.last()));
    QTRY_COMPARE(listener->heard, (QStringList { past, lines.last() }));
}

// The red line that keeps OK off appeared as silently (tester11's H4): Enter then did nothing, and
// a blind counselor could not tell why.
void TestAppointmentDialog::aProblemIsSaidAsAWarningIs()
{
    AppointmentDialog dialog(inPersonAt(QDate(2026, 11, 30), QTime(14, 0)), m_workspace->settings(),
                             m_workspace->appointments(), m_workspace->clock(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Listener* listener = new Listener(dialog.findChild<QWidget*>(QStringLiteral("announcer")));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("clientPhone")),
                     QStringLiteral("0151 2345678"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problem"));
    QTRY_VERIFY(problem->isVisible()); // once the typing pauses
    QVERIFY2(problem->text().contains(QStringLiteral("0151 2345678")), qPrintable(problem->text()));
    QTRY_COMPARE(listener->heard, QStringList { problem->text() });
}

// "Start, 14:00, 09:30": the placeholder was the fields' description (tester10's G13).
void TestAppointmentDialog::timesAreReadWithoutTheirExampleAsASecondTime()
{
    AppointmentDialog dialog(inPersonAt(QDate(2026, 11, 30), QTime(14, 0)), m_workspace->settings(),
                             m_workspace->appointments(), m_workspace->clock(), false);
    for (const char* name : { "start", "end" }) {
        QAccessibleInterface* field
            = QAccessible::queryAccessibleInterface(dialog.findChild<QLineEdit*>(QLatin1String(name)));
        QCOMPARE(field->text(QAccessible::Description),
                 QStringLiteral("Type hours and minutes, e.g. 930 or 9:30."));
    }
}

// Planned on a Monday, every other Tuesday and Thursday (tester12's J28): saved from Monday on, every
// other calendar showed that Monday as a date of the series.
void TestAppointmentDialog::seriesStartsOnTheFirstDayItsRuleGives()
{
    Appointment series = inPersonAt(QDate(2026, 11, 30), QTime(19, 0), 90);
    series.rrule = QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270331T215959Z");
    const AppointmentDialog dialog(series, m_workspace->settings(), m_workspace->appointments(),
                                   m_workspace->clock(), false);
    const Appointment saved = dialog.appointment();
    QCOMPARE(saved.rrule, series.rrule);
    const QTimeZone zone("Europe/Berlin");
    QCOMPARE(saved.start, QDateTime(QDate(2026, 12, 1), QTime(19, 0), zone).toUTC());
    QCOMPARE(saved.end, QDateTime(QDate(2026, 12, 1), QTime(20, 30), zone).toUTC());
}

// Tester12's J18: a filled-in new appointment vanished on Escape, Alt+F4 or the close button.
void TestAppointmentDialog::cancellingWhatWasTypedAsksFirst()
{
    Appointment fresh = inPersonAt(QDate(2026, 11, 30), QTime(14, 0));
    fresh.title.clear();
    AppointmentDialog dialog(fresh, m_workspace->settings(), m_workspace->appointments(),
                             m_workspace->clock(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Nothing typed: nothing to ask (Back, were it asked, would keep the dialog open).
    MessageBox::setNextChoice(-1);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("title"));
    QTest::keyClicks(title, QStringLiteral("Beratung Frau Özkan"));
    MessageBox::setNextChoice(-1); // Back
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Discard the new appointment?"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(title->text(), QStringLiteral("Beratung Frau Özkan"));
    // The window's close button (and Alt+F4) asks the same.
    MessageBox::setNextChoice(-1);
    QVERIFY(!dialog.close());
    QVERIFY(dialog.isVisible());
    MessageBox::setNextChoice(0); // Discard
    QVERIFY(dialog.close());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestAppointmentDialog::markingADateStillToComeAsHeldAsksFirst()
{
    // Tester13's H23 rest: „Stattgefunden“ chosen in the form for next week's date was saved without
    // the question the calendar's menu asks. The clock stands at 27 November 2026, 12:00.
    Appointment planned = inPersonAt(QDate(2026, 12, 3), QTime(9, 0));
    QString error;
    QVERIFY2(m_workspace->appointments().save(planned, &error), qPrintable(error));
    AppointmentDialog dialog(planned, m_workspace->settings(), m_workspace->appointments(),
                             m_workspace->clock(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("title"));
    title->setText(QStringLiteral("Supervision Team Nord"));
    auto* status = dialog.findChild<QComboBox*>(QStringLiteral("status"));
    for (AppointmentStatus unknownAhead : { AppointmentStatus::Done, AppointmentStatus::NoShow }) {
        status->setCurrentIndex(status->findData(int(unknownAhead)));
        MessageBox::setNextChoice(MessageBox::cancelIsDefault);
        QTest::keyClick(title, Qt::Key_Return);
        const QString day = QLocale().toString(QDate(2026, 12, 3), QLocale::ShortFormat);
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("\"Supervision Team Nord\" on %1 is still to come. Mark it as \"%2\" anyway?")
                     .arg(day, Appointment::statusText(unknownAhead)));
        // Cancel is back in the form, with everything as typed.
        QVERIFY(dialog.isVisible());
        QCOMPARE(title->text(), QStringLiteral("Supervision Team Nord"));
        QCOMPARE(status->currentData().toInt(), int(unknownAhead));
    }
    MessageBox::setNextChoice(0); // Mark
    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.appointment().status, AppointmentStatus::NoShow);

    // Cancelled ahead is what cancelling is; a date over is recorded as it went: neither asks.
    const auto saved = [this](const Appointment& appointment, AppointmentStatus chosen) {
        AppointmentDialog edit(appointment, m_workspace->settings(), m_workspace->appointments(),
                               m_workspace->clock(), false);
        edit.show();
        auto* box = edit.findChild<QComboBox*>(QStringLiteral("status"));
        box->setCurrentIndex(box->findData(int(chosen)));
        MessageBox::setNextChoice(MessageBox::cancelIsDefault); // were it asked, the form stays
        edit.accept();
        return edit.result() == QDialog::Accepted;
    };
    QVERIFY(saved(planned, AppointmentStatus::CancelledByClient));
    Appointment over = inPersonAt(QDate(2026, 11, 26), QTime(9, 0));
    QVERIFY2(m_workspace->appointments().save(over, &error), qPrintable(error));
    QVERIFY(saved(over, AppointmentStatus::Done));
}

// Tester12's J21: "31.02.2027" was answered "Type the date, e.g. 30.11.2026." as if it were no date.
void TestAppointmentDialog::aDayThatDoesNotExistIsNamed()
{
    const QLocale english;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&english] { QLocale::setDefault(english); });
    AppointmentDialog dialog(inPersonAt(QDate(2026, 11, 30), QTime(14, 0)), m_workspace->settings(),
                             m_workspace->appointments(), m_workspace->clock(), false);
    auto* date = dialog.findChild<QLineEdit*>(QStringLiteral("date"));
    date->clear();
    QTest::keyClicks(date, QStringLiteral("31.02.2027"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("problem"))->text(),
             QStringLiteral("31.02.2027 does not exist."));
}

// Tester12's J31: „„f“ ist keine E-Mail-Adresse.“ came at the first letter typed, then „„fr“ …“, one
// for each key. OK is off at once, and says why.
void TestAppointmentDialog::aProblemWaitsUntilTheFieldIsLeft()
{
    AppointmentDialog dialog(inPersonAt(QDate(2026, 11, 30), QTime(14, 0)), m_workspace->settings(),
                             m_workspace->appointments(), m_workspace->clock(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* email = dialog.findChild<QLineEdit*>(QStringLiteral("clientEmail"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problem"));
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    email->setFocus();
    QTRY_VERIFY(email->hasFocus());
    QTest::keyClicks(email, QStringLiteral("f"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(ok->toolTip(), QStringLiteral("\"f\" is not an e-mail address."));
    QVERIFY(!problem->isVisible());
    QTest::keyClicks(email, QStringLiteral("rau.mueller@gmx"));
    QVERIFY(!problem->isVisible());
    QTest::keyClick(email, Qt::Key_Tab);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("\"frau.mueller@gmx\" is not an e-mail address."));
    // Corrected, it goes at once.
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral(".de"));
    QVERIFY(!problem->isVisible());
    QVERIFY(ok->isEnabled());
    QCOMPARE(ok->toolTip(), QString());
}

// Tester12's J31: with the e-mail address and the mobile number both wrong, only the number was named.
void TestAppointmentDialog::everyWrongFieldIsNamed()
{
    AppointmentDialog dialog(inPersonAt(QDate(2026, 11, 30), QTime(14, 0)), m_workspace->settings(),
                             m_workspace->appointments(), m_workspace->clock(), false);
    dialog.findChild<QLineEdit*>(QStringLiteral("clientEmail"))->setText(QStringLiteral("s"));
    dialog.findChild<QLineEdit*>(QStringLiteral("clientPhone"))->setText(QStringLiteral("0151 123"));
    const QStringList lines
        = dialog.findChild<QLabel*>(QStringLiteral("problem"))->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), QStringLiteral("\"s\" is not an e-mail address."));
    QVERIFY2(lines.last().contains(QStringLiteral("0151 123")), qPrintable(lines.last()));
}

// Tester12's J31: every new form renamed a hidden label "… kept as it is: . Choose …", an empty rule.
void TestAppointmentDialog::aNewSeriesKeepsNoRuleUnnamed()
{
    AppointmentDialog dialog(inPersonAt(QDate(2026, 11, 30), QTime(14, 0)), m_workspace->settings(),
                             m_workspace->appointments(), m_workspace->clock(), false);
    auto* kept = dialog.findChild<QLabel*>(QStringLiteral("keptRule"));
    QVERIFY(kept);
    QVERIFY(kept->isHidden());
    QCOMPARE(kept->text(), QString());
}

QTEST_MAIN(TestAppointmentDialog)
#include "tst_AppointmentDialog.moc"
