#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/storage/Database.h"
#include "core/sync/CalendarObject.h"
#include "core/sync/SyncConflicts.h"
#include "core/sync/SyncQueue.h"
#include "core/sync/SyncStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/TeamCalendars.h"
#include "tests/support/TestWorkspace.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

// The local half of team calendars on a real SQLite file: accounts and calendars, the queue of
// changes for the server (written with the change itself) and conflicts that lose neither side.
class TestSyncStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void thisComputersCalendarStaysTheDefault();
    void changesInThisComputersCalendarAreNotQueued();
    void changesInATeamCalendarAreQueued();
    void queueSurvivesReopeningTheFile();
    void aNewerChangeOutlivesTheOneSent();
    void removalsAndMovesOutOfATeamCalendarAreQueued();
    void serverVersionsAreNotQueuedBack();
    void bothChangedKeepsMineAsAConflict();
    void keepMineSendsMineAgain();
    void keepTheirsLeavesTheServersVersion();
    void removedOnTheServerWhileChangedHereIsAConflict();
    void readOnlyCalendarIsNoDefault();
    void serverUpdatesKeepTheUsersChoices();
    void chosenColourOutranksTheServersUntilReset();
    void removingAnAccountRemovesItsCopies();
    void onlyTheHoldingCounselorStarts();
    void stateCountsWhatWaits();

private:
    Appointment teamAppointment(const QString& title = QStringLiteral("Erstgespräch Müller")) const;
    QByteArray serverVersion(const QString& uid, const QString& title) const;

    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SyncStore> m_sync;
    TeamCalendar m_team;
};

void TestSyncStore::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_sync = std::make_unique<SyncStore>(m_workspace->database(), m_workspace->appointments(),
                                         m_workspace->clock());
    m_team = TeamCalendars::addCalendar(
        *m_sync, TeamCalendars::addAccount(*m_sync, QStringLiteral("reception"), QStringLiteral("Empfang")),
        QStringLiteral("Team"), QStringLiteral("#3a7bd5"));
    QVERIFY(!m_team.id.isEmpty());
}

Appointment TestSyncStore::teamAppointment(const QString& title) const
{
    Appointment appointment;
    appointment.title = title;
    appointment.calendarId = m_team.id;
    appointment.kind = SessionKind::InPerson;
    appointment.counselor = QStringLiteral("anna");
    appointment.start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.notes = QStringLiteral("Vertraulich: erzählt von der Trennung");
    appointment.participants = { { QStringLiteral("Jana Müller"), QStringLiteral("jana@example.org"),
                                   QStringLiteral("+4915123456789"), QStringLiteral("de") } };
    return appointment;
}

QByteArray TestSyncStore::serverVersion(const QString& uid, const QString& title) const
{
    Appointment appointment = teamAppointment(title);
    appointment.uid = uid;
    appointment.start = appointment.start.addSecs(3600);
    appointment.end = appointment.end.addSecs(3600);
    return CalendarObject::write({ appointment }, TeamCalendar::Details::NotesKeptLocal);
}

void TestSyncStore::thisComputersCalendarStaysTheDefault()
{
    const TeamCalendar standard = m_sync->defaultCalendar();
    QCOMPARE(standard.id, QLatin1String(Appointment::localCalendar));
    QVERIFY(standard.isLocal());
    const QList<TeamCalendar> all = m_sync->calendars();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.constFirst().id, QLatin1String(Appointment::localCalendar));
    QCOMPARE(all.at(1).name, QStringLiteral("Team"));
    QCOMPARE(all.at(1).details, TeamCalendar::Details::NotesKeptLocal);
    Appointment single;
    single.title = QStringLiteral("Supervision");
    single.kind = SessionKind::InPerson;
    single.start = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
    single.end = single.start.addSecs(3600);
    single.timeZone = QStringLiteral("Europe/Berlin");
    QString error;
    QVERIFY2(m_workspace->appointments().save(single, &error), qPrintable(error));
    QCOMPARE(m_workspace->appointments().find(single.uid)->calendarId,
             QLatin1String(Appointment::localCalendar));
}

void TestSyncStore::changesInThisComputersCalendarAreNotQueued()
{
    Appointment appointment = teamAppointment();
    appointment.calendarId = QLatin1String(Appointment::localCalendar);
    QString error;
    QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
    appointment.title = QStringLiteral("geändert");
    QVERIFY(m_workspace->appointments().save(appointment, &error));
    QVERIFY(m_workspace->appointments().remove(appointment.uid, &error));
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 0);
}

void TestSyncStore::changesInATeamCalendarAreQueued()
{
    Appointment appointment = teamAppointment();
    QString error;
    QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
    const QList<PendingChange> pending = SyncQueue(m_workspace->database()).pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().uid, appointment.uid);
    QCOMPARE(pending.constFirst().queued, m_workspace->clock().nowUtc());
    QCOMPARE(m_workspace->appointments().find(appointment.uid)->calendarId, m_team.id);
    QCOMPARE(m_workspace->appointments().find(appointment.uid)->counselor, QStringLiteral("anna"));
}

void TestSyncStore::queueSurvivesReopeningTheFile()
{
    Appointment appointment = teamAppointment();
    QString error;
    QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
    const QString file = m_workspace->database().filePath();

    Database reopened(QStringLiteral("reopened"), CalendarSchema::migrations());
    QVERIFY2(reopened.open(file, m_workspace->filePath(QStringLiteral("backups"))),
             qPrintable(reopened.errorString()));
    const QList<PendingChange> pending = SyncQueue(reopened).pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().uid, appointment.uid);
}

void TestSyncStore::aNewerChangeOutlivesTheOneSent()
{
    Appointment appointment = teamAppointment();
    QString error;
    QVERIFY(m_workspace->appointments().save(appointment, &error));
    SyncQueue queue(m_workspace->database());
    const PendingChange sent = queue.pending().constFirst();
    // Changed again while the first version was on its way to the server.
    appointment.title = QStringLiteral("Zweitgespräch");
    QVERIFY(m_workspace->appointments().save(appointment, &error));
    QVERIFY(queue.done(sent, &error));
    QCOMPARE(queue.count(), 1);
    QVERIFY(queue.pending().constFirst().seq > sent.seq);
    QVERIFY(queue.done(queue.pending().constFirst(), &error));
    QCOMPARE(queue.count(), 0);
}

void TestSyncStore::removalsAndMovesOutOfATeamCalendarAreQueued()
{
    SyncQueue queue(m_workspace->database());
    Appointment removed = teamAppointment();
    Appointment moved = teamAppointment(QStringLiteral("Umzug"));
    QString error;
    QVERIFY(m_workspace->appointments().save(removed, &error));
    QVERIFY(m_workspace->appointments().save(moved, &error));
    for (const PendingChange& change : queue.pending())
        QVERIFY(queue.done(change, &error));
    QVERIFY(m_sync->setObject(
        { moved.uid, m_team.id, QStringLiteral("/team/umzug.ics"), QStringLiteral("\"1\""), {} }, &error));

    QVERIFY(m_workspace->appointments().remove(removed.uid, &error));
    moved.calendarId = QLatin1String(Appointment::localCalendar);
    QVERIFY(m_workspace->appointments().save(moved, &error));
    QStringList uids;
    for (const PendingChange& change : queue.pending())
        uids.append(change.uid);
    QCOMPARE(uids, (QStringList { removed.uid, moved.uid }));
}

void TestSyncStore::serverVersionsAreNotQueuedBack()
{
    QString error;
    QVERIFY2(m_sync->applyServerVersion(m_team.id, QStringLiteral("/team/a.ics"), QStringLiteral("\"e1\""),
                                        serverVersion(QStringLiteral("from-server"), QStringLiteral("Neu")),
                                        &error),
             qPrintable(error));
    const std::optional<Appointment> arrived
        = m_workspace->appointments().find(QStringLiteral("from-server"));
    QVERIFY(arrived);
    QCOMPARE(arrived->title, QStringLiteral("Neu"));
    QCOMPARE(arrived->calendarId, m_team.id);
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 0);
    QCOMPARE(m_sync->object(QStringLiteral("from-server"))->etag, QStringLiteral("\"e1\""));
    QCOMPARE(m_sync->objects(m_team.id).size(), 1);

    QVERIFY(m_sync->applyServerRemoval(QStringLiteral("from-server"), &error));
    QVERIFY(!m_workspace->appointments().find(QStringLiteral("from-server")));
    QVERIFY(!m_sync->object(QStringLiteral("from-server")));
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 0);
}

void TestSyncStore::bothChangedKeepsMineAsAConflict()
{
    Appointment mine = teamAppointment(QStringLiteral("Meine Fassung"));
    QString error;
    QVERIFY(m_workspace->appointments().save(mine, &error));
    QVERIFY(m_sync->applyServerVersion(m_team.id, QStringLiteral("/team/x.ics"), QStringLiteral("\"e2\""),
                                       serverVersion(mine.uid, QStringLiteral("Ihre Fassung")), &error));
    QCOMPARE(m_workspace->appointments().find(mine.uid)->title, QStringLiteral("Ihre Fassung"));
    // The server's version keeps what this computer does not send (the notes).
    QCOMPARE(m_workspace->appointments().find(mine.uid)->notes, mine.notes);
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 0);
    const QList<SyncConflict> conflicts
        = SyncConflicts(m_workspace->database(), m_workspace->appointments(), m_workspace->clock()).all();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().uid, mine.uid);
    QCOMPARE(conflicts.constFirst().calendarId, m_team.id);
    QCOMPARE(conflicts.constFirst().title(), QStringLiteral("Meine Fassung"));
    QCOMPARE(conflicts.constFirst().localVersion.constFirst().participants, mine.participants);
}

void TestSyncStore::keepMineSendsMineAgain()
{
    Appointment mine = teamAppointment(QStringLiteral("Meine Fassung"));
    QString error;
    QVERIFY(m_workspace->appointments().save(mine, &error));
    QVERIFY(m_sync->applyServerVersion(m_team.id, QStringLiteral("/team/x.ics"), QStringLiteral("\"e2\""),
                                       serverVersion(mine.uid, QStringLiteral("Ihre Fassung")), &error));
    SyncConflicts conflicts(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    QVERIFY2(conflicts.resolve(conflicts.all().constFirst().id, SyncConflicts::Choice::KeepMine, &error),
             qPrintable(error));
    const std::optional<Appointment> kept = m_workspace->appointments().find(mine.uid);
    QCOMPARE(kept->title, QStringLiteral("Meine Fassung"));
    QCOMPARE(kept->start, mine.start);
    QCOMPARE(kept->calendarId, m_team.id);
    QCOMPARE(kept->participants, mine.participants);
    QCOMPARE(conflicts.count(), 0);
    QCOMPARE(SyncQueue(m_workspace->database()).pending().constFirst().uid, mine.uid);
}

void TestSyncStore::keepTheirsLeavesTheServersVersion()
{
    Appointment mine = teamAppointment(QStringLiteral("Meine Fassung"));
    QString error;
    QVERIFY(m_workspace->appointments().save(mine, &error));
    QVERIFY(m_sync->applyServerVersion(m_team.id, QStringLiteral("/team/x.ics"), QStringLiteral("\"e2\""),
                                       serverVersion(mine.uid, QStringLiteral("Ihre Fassung")), &error));
    SyncConflicts conflicts(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    QVERIFY(conflicts.resolve(conflicts.all().constFirst().id, SyncConflicts::Choice::KeepTheirs, &error));
    QCOMPARE(m_workspace->appointments().find(mine.uid)->title, QStringLiteral("Ihre Fassung"));
    QCOMPARE(conflicts.count(), 0);
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 0);
    QVERIFY(!conflicts.resolve(4711, SyncConflicts::Choice::KeepMine, &error));
    QVERIFY(error.contains(QStringLiteral("4711")));
}

void TestSyncStore::removedOnTheServerWhileChangedHereIsAConflict()
{
    Appointment mine = teamAppointment();
    QString error;
    QVERIFY(m_workspace->appointments().save(mine, &error));
    QVERIFY(m_sync->applyServerRemoval(mine.uid, &error));
    QVERIFY(!m_workspace->appointments().find(mine.uid));
    SyncConflicts conflicts(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    QCOMPARE(conflicts.count(), 1);
    QVERIFY(conflicts.resolve(conflicts.all().constFirst().id, SyncConflicts::Choice::KeepMine, &error));
    QCOMPARE(m_workspace->appointments().find(mine.uid)->title, mine.title);
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 1);
}

void TestSyncStore::readOnlyCalendarIsNoDefault()
{
    TeamCalendar shared;
    shared.accountId = m_team.accountId;
    shared.url = QUrl(QStringLiteral("https://cloud.example.org/dav/calendars/reception/anna_shared/"));
    shared.name = QStringLiteral("Anna (geteilt)");
    shared.readOnly = true;
    QString error;
    QVERIFY(m_sync->saveCalendar(shared, &error));
    QVERIFY(!m_sync->setDefault(shared.id, &error));
    QVERIFY(error.contains(QStringLiteral("read-only")));
    QVERIFY(m_sync->setDefault(m_team.id, &error));
    QCOMPARE(m_sync->defaultCalendar().id, m_team.id);
    QVERIFY(!m_sync->calendar(QLatin1String(Appointment::localCalendar))->isDefault);
}

void TestSyncStore::serverUpdatesKeepTheUsersChoices()
{
    QString error;
    QVERIFY(m_sync->setDetails(m_team.id, TeamCalendar::Details::BusyOnly, &error));
    QVERIFY(m_sync->setShown(m_team.id, false, &error));
    TeamCalendar rediscovered;
    rediscovered.accountId = m_team.accountId;
    rediscovered.url = m_team.url;
    rediscovered.name = QStringLiteral("Team (umbenannt)");
    rediscovered.color = QStringLiteral("#ff0000");
    QVERIFY(m_sync->saveCalendar(rediscovered, &error));
    QCOMPARE(rediscovered.id, m_team.id);
    const TeamCalendar stored = *m_sync->calendar(m_team.id);
    QCOMPARE(stored.name, QStringLiteral("Team (umbenannt)"));
    QCOMPARE(stored.color, QStringLiteral("#ff0000"));
    QCOMPARE(stored.details, TeamCalendar::Details::BusyOnly);
    QVERIFY(!stored.shown);
    QVERIFY(m_sync->setSyncState(m_team.id, QStringLiteral("ctag-1"), QStringLiteral("token-1"), QString(),
                                 &error));
    QCOMPARE(m_sync->calendar(m_team.id)->syncToken, QStringLiteral("token-1"));
    QCOMPARE(m_sync->calendar(m_team.id)->lastSync, m_workspace->clock().nowUtc());
    m_workspace->clock().advance(60000);
    QVERIFY(m_sync->setSyncState(m_team.id, QStringLiteral("ctag-1"), QStringLiteral("token-1"),
                                 QStringLiteral("The server cannot be reached."), &error));
    // A failed sync is no sync: the time of the last one stays.
    QCOMPARE(m_sync->calendar(m_team.id)->lastSync, m_workspace->clock().nowUtc().addMSecs(-60000));
}

void TestSyncStore::chosenColourOutranksTheServersUntilReset()
{
    QString error;
    QVERIFY(m_sync->setChosenColor(m_team.id, QStringLiteral("#2e7d32"), &error));
    TeamCalendar rediscovered;
    rediscovered.accountId = m_team.accountId;
    rediscovered.url = m_team.url;
    rediscovered.name = m_team.name;
    rediscovered.color = QStringLiteral("#ff0000");
    QVERIFY(m_sync->saveCalendar(rediscovered, &error));
    QCOMPARE(m_sync->calendar(m_team.id)->shownColor(), QStringLiteral("#2e7d32"));
    QCOMPARE(m_sync->calendar(m_team.id)->color, QStringLiteral("#ff0000"));

    QVERIFY(!m_sync->setChosenColor(m_team.id, QStringLiteral("green; DROP TABLE calendars"), &error));
    QVERIFY(error.contains(QStringLiteral("#rrggbb")));
    QCOMPARE(m_sync->calendar(m_team.id)->shownColor(), QStringLiteral("#2e7d32"));

    QVERIFY(m_sync->setChosenColor(m_team.id, QString(), &error));
    QCOMPARE(m_sync->calendar(m_team.id)->shownColor(), QStringLiteral("#ff0000"));
    // This computer's calendar has no server colour: a chosen one is its only colour.
    const QString local = QLatin1String(Appointment::localCalendar);
    QVERIFY(m_sync->setChosenColor(local, QStringLiteral("#6a1b9a"), &error));
    QCOMPARE(m_sync->calendar(local)->shownColor(), QStringLiteral("#6a1b9a"));
}

void TestSyncStore::removingAnAccountRemovesItsCopies()
{
    Appointment appointment = teamAppointment();
    QString error;
    QVERIFY(m_workspace->appointments().save(appointment, &error));
    QVERIFY(m_sync->setDefault(m_team.id, &error));
    QVERIFY2(m_sync->removeAccount(m_team.accountId, &error), qPrintable(error));
    QVERIFY(m_sync->accounts().isEmpty());
    QCOMPARE(m_sync->calendars().size(), 1);
    QVERIFY(!m_workspace->appointments().find(appointment.uid));
    QCOMPARE(m_sync->defaultCalendar().id, QLatin1String(Appointment::localCalendar));
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 0);
}

void TestSyncStore::onlyTheHoldingCounselorStarts()
{
    // This computer's user on the team calendar's server is "reception" (see init()).
    Appointment booked = teamAppointment();
    QCOMPARE(m_sync->heldBySomeoneElse(booked), std::optional<QString>(QStringLiteral("anna")));
    booked.counselor = QStringLiteral("Reception");
    QVERIFY(!m_sync->heldBySomeoneElse(booked));
    booked.counselor.clear();
    QVERIFY(!m_sync->heldBySomeoneElse(booked));
    booked.counselor = QStringLiteral("anna");
    booked.calendarId = QLatin1String(Appointment::localCalendar);
    QVERIFY(!m_sync->heldBySomeoneElse(booked));
}

void TestSyncStore::stateCountsWhatWaits()
{
    QCOMPARE(m_sync->state().text(QTimeZone("Europe/Berlin")),
             QStringLiteral("Team calendars not synced yet"));
    Appointment appointment = teamAppointment();
    QString error;
    QVERIFY(m_workspace->appointments().save(appointment, &error));
    QVERIFY(m_sync->setSyncState(m_team.id, {}, {}, QString(), &error));
    m_workspace->clock().advance(60000);
    QVERIFY(m_sync->setSyncState(m_team.id, {}, {}, QStringLiteral("The server cannot be reached."), &error));
    const SyncState state = m_sync->state();
    QCOMPARE(state.pending, 1);
    QCOMPARE(state.conflicts, 0);
    QCOMPARE(state.text(QTimeZone("Europe/Berlin")),
             QStringLiteral(
                 "Team calendars synced at 12:00 · 1 change(s) waiting · The server cannot be reached."));
}

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_SyncStore.moc"
