#include "core/calendar/AppointmentStore.h"
#include "core/sync/CalendarObject.h"
#include "core/sync/SyncQueue.h"
#include "core/sync/SyncStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/TeamCalendars.h"
#include "tests/support/TestWorkspace.h"
#include "ui/sync/ConflictDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

// The conflict dialog on a real calendar file: both versions are shown in words, the user's choice
// is what the file then holds, and Cancel changes nothing.
class TestConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsBothVersionsWithTheDifferencesInBold();
    void keepMineAndKeepTheirsDecideOneAfterTheOther();
    void cancelDecidesNothing();
    void deletedOnTheServerIsSaid();
    void yourVersionIsYourChangeOnTheServersVersion();

private:
    // Saves an appointment here, then lets the server's version (another title, an hour later) in.
    QString conflictOver(const QString& mine, const QString& theirs);
    QStringList texts(const ConflictDialog& dialog) const;

    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SyncStore> m_sync;
    TeamCalendar m_team;
};

void TestConflictDialog::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_sync = std::make_unique<SyncStore>(m_workspace->database(), m_workspace->appointments(),
                                         m_workspace->clock());
    m_team = TeamCalendars::addCalendar(
        *m_sync, TeamCalendars::addAccount(*m_sync, QStringLiteral("anna"), QStringLiteral("Team")),
        QStringLiteral("Team"));
    QVERIFY(!m_team.id.isEmpty());
}

QString TestConflictDialog::conflictOver(const QString& mine, const QString& theirs)
{
    Appointment appointment;
    appointment.title = mine;
    appointment.calendarId = m_team.id;
    appointment.kind = SessionKind::InPerson;
    appointment.counselor = QStringLiteral("anna");
    appointment.start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    QString error;
    if (!m_workspace->appointments().save(appointment, &error))
        return error;
    Appointment server = appointment;
    server.title = theirs;
    server.start = server.start.addSecs(3600);
    server.end = server.end.addSecs(3600);
    m_sync->applyServerVersion(m_team.id, appointment.uid + QStringLiteral(".ics"), QStringLiteral("\"e2\""),
                               CalendarObject::write({ server }, TeamCalendar::Details::NotesKeptLocal),
                               &error);
    return appointment.uid;
}

QStringList TestConflictDialog::texts(const ConflictDialog& dialog) const
{
    QStringList all;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        if (label->isVisibleTo(&dialog))
            all.append(label->text());
    return all;
}

void TestConflictDialog::showsBothVersionsWithTheDifferencesInBold()
{
    conflictOver(QStringLiteral("Erstgespräch"), QStringLiteral("Erstgespräch (verlegt)"));
    ConflictDialog dialog(m_sync->conflicts(), m_workspace->appointments());
    QCOMPARE(dialog.remaining(), 1);
    const QStringList shown = texts(dialog);
    QVERIFY(shown.contains(QStringLiteral("Erstgespräch")));
    QVERIFY(shown.contains(QStringLiteral("Erstgespräch (verlegt)")));
    // 09:00 in Berlin here, 10:00 on the server.
    QVERIFY(shown.filter(QStringLiteral("09:00–09:50")).size() == 1);
    QVERIFY(shown.filter(QStringLiteral("10:00–10:50")).size() == 1);
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text() == QStringLiteral("Erstgespräch (verlegt)"))
            QVERIFY(label->font().bold());
        if (label->text() == QStringLiteral("anna"))
            QVERIFY(!label->font().bold());
    }
}

void TestConflictDialog::keepMineAndKeepTheirsDecideOneAfterTheOther()
{
    const QString first = conflictOver(QStringLiteral("Meins A"), QStringLiteral("Server A"));
    const QString second = conflictOver(QStringLiteral("Meins B"), QStringLiteral("Server B"));
    ConflictDialog dialog(m_sync->conflicts(), m_workspace->appointments());
    QCOMPARE(dialog.remaining(), 2);
    dialog.findChild<QPushButton*>(QStringLiteral("keepMine"))->click();
    QCOMPARE(m_workspace->appointments().find(first)->title, QStringLiteral("Meins A"));
    QCOMPARE(dialog.remaining(), 1);
    QVERIFY(texts(dialog).contains(QStringLiteral("Meins B")));
    dialog.findChild<QPushButton*>(QStringLiteral("keepTheirs"))->click();
    QCOMPARE(m_workspace->appointments().find(second)->title, QStringLiteral("Server B"));
    QCOMPARE(m_sync->conflicts().count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // Mine goes to the server again; theirs needs nothing sent.
    const QList<PendingChange> pending = SyncQueue(m_workspace->database()).pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().uid, first);
}

void TestConflictDialog::cancelDecidesNothing()
{
    const QString uid = conflictOver(QStringLiteral("Meins"), QStringLiteral("Vom Server"));
    ConflictDialog dialog(m_sync->conflicts(), m_workspace->appointments());
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_sync->conflicts().count(), 1);
    QCOMPARE(m_workspace->appointments().find(uid)->title, QStringLiteral("Vom Server"));
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 0);
}

void TestConflictDialog::deletedOnTheServerIsSaid()
{
    Appointment appointment;
    appointment.title = QStringLiteral("Nur hier geändert");
    appointment.calendarId = m_team.id;
    appointment.kind = SessionKind::Phone;
    appointment.start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    QString error;
    QVERIFY(m_workspace->appointments().save(appointment, &error));
    QVERIFY(m_sync->applyServerRemoval(appointment.uid, &error));
    ConflictDialog dialog(m_sync->conflicts(), m_workspace->appointments());
    const QStringList shown = texts(dialog);
    QVERIFY(shown.contains(QStringLiteral("Nur hier geändert")));
    QVERIFY(shown.contains(QStringLiteral("Deleted on the server")));
    dialog.findChild<QPushButton*>(QStringLiteral("keepMine"))->click();
    QCOMPARE(m_workspace->appointments().find(appointment.uid)->title, appointment.title);
}

void TestConflictDialog::yourVersionIsYourChangeOnTheServersVersion()
{
    // Agreed with the server at 09:00; she changes the title here, a colleague the title and the
    // time there.
    Appointment appointment;
    appointment.title = QStringLiteral("Fallbesprechung Team");
    appointment.calendarId = m_team.id;
    appointment.kind = SessionKind::InPerson;
    appointment.start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    appointment.end = appointment.start.addSecs(3600);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    QString error;
    QVERIFY(m_workspace->appointments().save(appointment, &error));
    const QString href = appointment.uid + QStringLiteral(".ics");
    QVERIFY(m_sync->applyServerVersion(m_team.id, href, QStringLiteral("\"e1\""),
                                       CalendarObject::write({ appointment }, m_team.details), &error));
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 0);
    Appointment mine = *m_workspace->appointments().find(appointment.uid);
    mine.title = QStringLiteral("Fallbesprechung Team – bitte Akte");
    QVERIFY(m_workspace->appointments().save(mine, &error));
    Appointment server = appointment;
    server.title = QStringLiteral("Fallbesprechung Team – verlegt");
    server.start = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    server.end = server.start.addSecs(3600);
    QVERIFY(m_sync->applyServerVersion(m_team.id, href, QStringLiteral("\"e2\""),
                                       CalendarObject::write({ server }, m_team.details), &error));

    ConflictDialog dialog(m_sync->conflicts(), m_workspace->appointments());
    QCOMPARE(dialog.remaining(), 1);
    const QStringList shown = texts(dialog);
    // 13:00 in Berlin on both sides: she never touched the time.
    QCOMPARE(shown.filter(QStringLiteral("13:00–14:00")).size(), 2);
    QVERIFY(shown.filter(QStringLiteral("09:00–10:00")).isEmpty());
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text().contains(QStringLiteral("13:00–14:00")))
            QVERIFY(!label->font().bold());
        if (label->text() == mine.title)
            QVERIFY(label->font().bold());
    }
    dialog.findChild<QPushButton*>(QStringLiteral("keepMine"))->click();
    const Appointment kept = *m_workspace->appointments().find(appointment.uid);
    QCOMPARE(kept.title, mine.title);
    QCOMPARE(kept.start, server.start);
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 1);
}

QTEST_MAIN(TestConflictDialog)
#include "tst_ConflictDialog.moc"
