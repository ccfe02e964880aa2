#include "core/calendar/AppointmentStore.h"
#include "core/sync/CalDavAccount.h"
#include "core/sync/CalendarObject.h"
#include "core/sync/SyncConflicts.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncQueue.h"
#include "core/sync/SyncStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/RadicaleServer.h"
#include "tests/support/TestWorkspace.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

// Two Vieraugen data folders, reception and a counselor, share a team calendar on a real Radicale;
// python3-caldav plays a third program (a phone, Thunderbird) on the same calendar.
class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createdHereReachesTheOtherMember();
    void editsAndRemovalsTravelBothWays();
    void eventsOfAnotherProgramArriveAndChange();
    void aSeriesWithAnExceptionTravelsAsOneObject();
    void aSeriesMadeHereHasTheSameDatesForAnotherProgram();
    void theServerKeepsOnlyWhatTheDetailsModeAllows_data();
    void theServerKeepsOnlyWhatTheDetailsModeAllows();
    void aClientWithoutEmailIsNoEmptyAddressOnTheServer();
    void bothChangedOfflineKeepsBothVersions();
    void herTitleAndAColleaguesNewTimeAreMerged();
    void bothChangedTheTitleAsksAndKeepingMineKeepsTheirTime();
    void removedThereWhileChangedHereKeepsMine();
    void serverGoneMidSyncLosesNothing();
    void anExpiredSyncTokenStartsOver();
    void nothingChangedIsOneRequest();
    void aChangeDuringARunGoesUpSoonAfter();
    void anAccountWithoutCalendarsGetsThoseItsServerShows();
    void aChangeTheServerHasAlreadyIsNoConflict();
    void onlyTeamCalendarsWatchTheNetwork();

private:
    // One member's Vieraugen: its data folder, its store and its engine.
    struct Member
    {
        TestWorkspace workspace;
        std::unique_ptr<SyncStore> store;
        std::unique_ptr<SyncQueue> queue;
        std::unique_ptr<SyncEngine> engine;
        TeamCalendar team;
    };
    std::unique_ptr<Member> makeMember(const QString& user, const QString& password);
    bool sync(Member& member);
    Appointment teamAppointment(const Member& member, const QString& title) const;
    QJsonArray peerEvents();
    // Every file of the server's storage, as it lies on its disk, with folded lines unfolded.
    QByteArray serverStorage() const;
    // Another program (python3-caldav) gives the UID a new title and time on the server.
    bool retimeOnServer(const QString& uid, const QString& title, const QString& start, const QString& end);
    // tester13's K15: the counselor adds to the title of a synced team appointment (mine); meanwhile
    // another program moves it to 12:00 UTC on the server and gives it titleOnServer.
    bool addToTheTitleWhileTheServerMovesIt(const QString& titleOnServer, Appointment* mine);
    // Whether reception, after its next sync, has the appointment with this title and start.
    bool receptionGets(const QString& uid, const QString& title, const QDateTime& start);

    RadicaleServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<Member> m_reception;
    std::unique_ptr<Member> m_counselor;
    int m_calendarNumber = 0;
    QString m_calendarPath;
};

void TestSyncEngine::initTestCase()
{
    m_server.addUser(QStringLiteral("reception"), QStringLiteral("pw-reception"));
    m_server.addUser(QStringLiteral("anna"), QStringLiteral("pw-anna"));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestSyncEngine::init()
{
    // A fresh team calendar per test, so each starts from an empty server.
    m_calendarPath = QStringLiteral("team/counseling-%1").arg(++m_calendarNumber);
    QString error;
    QVERIFY2(m_server.createCalendar(m_calendarPath, QStringLiteral("Counseling"), QStringLiteral("#2e8b57"),
                                     &error),
             qPrintable(error));
    if (!m_server.isRunning())
        QVERIFY2(m_server.start(&error), qPrintable(error));
    m_reception = makeMember(QStringLiteral("reception"), QStringLiteral("pw-reception"));
    m_counselor = makeMember(QStringLiteral("anna"), QStringLiteral("pw-anna"));
    QVERIFY(m_reception && m_counselor);
}

void TestSyncEngine::cleanup()
{
    m_reception.reset();
    m_counselor.reset();
}

std::unique_ptr<TestSyncEngine::Member> TestSyncEngine::makeMember(const QString& user,
                                                                   const QString& password)
{
    auto member = std::make_unique<Member>();
    member->store = std::make_unique<SyncStore>(member->workspace.database(),
                                                member->workspace.appointments(), member->workspace.clock());
    member->queue = std::make_unique<SyncQueue>(member->workspace.database());
    CalDavAccount account { {}, m_server.url(), user, user, {} };
    QString error;
    if (!member->store->addAccount(account, &error)) {
        qWarning() << error;
        return nullptr;
    }
    member->team.accountId = account.id;
    member->team.url = m_server.url(QLatin1Char('/') + m_calendarPath + QLatin1Char('/'));
    member->team.name = QStringLiteral("Counseling");
    if (!member->store->saveCalendar(member->team, &error)) {
        qWarning() << error;
        return nullptr;
    }
    member->engine = std::make_unique<SyncEngine>(
        m_network, *member->store, member->workspace.appointments(), *member->queue,
        [password](const CalDavAccount&, std::function<void(const QString&, const QString&)> done) {
            done(password, QString());
        });
    return member;
}

bool TestSyncEngine::sync(Member& member)
{
    bool done = false;
    QMetaObject::Connection connection
        = connect(member.engine.get(), &SyncEngine::finished, this, [&done] { done = true; });
    member.engine->syncNow();
    const bool finished = QTest::qWaitFor([&done] { return done; }, 60000);
    disconnect(connection);
    return finished;
}

Appointment TestSyncEngine::teamAppointment(const Member& member, const QString& title) const
{
    Appointment appointment;
    appointment.title = title;
    appointment.calendarId = member.team.id;
    appointment.kind = SessionKind::InPerson;
    appointment.counselor = QStringLiteral("anna");
    appointment.start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    return appointment;
}

QJsonArray TestSyncEngine::peerEvents()
{
    QByteArray output;
    QString error;
    if (!m_server.runPeer(QStringLiteral("reception"),
                          { QStringLiteral("list"), QLatin1Char('/') + m_calendarPath + QLatin1Char('/') },
                          &output, &error))
        qWarning() << error;
    return QJsonDocument::fromJson(output).array();
}

QByteArray TestSyncEngine::serverStorage() const
{
    QByteArray everything;
    QDirIterator files(m_server.storageFolder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            everything += file.readAll() + '\n';
    }
    // A long line may be folded anywhere, even inside a name (RFC 5545 3.1).
    return everything.replace("\r\n ", "").replace("\n ", "");
}

void TestSyncEngine::createdHereReachesTheOtherMember()
{
    Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Erstgespräch"));
    QString error;
    QVERIFY2(m_reception->workspace.appointments().save(appointment, &error), qPrintable(error));
    QCOMPARE(m_reception->queue->count(), 1);

    QVERIFY(sync(*m_reception));
    QVERIFY2(!m_reception->engine->lastError().isError(),
             qPrintable(m_reception->engine->lastError().message()));
    QCOMPARE(m_reception->engine->lastCounts().uploaded, 1);
    QCOMPARE(m_reception->queue->count(), 0);
    const QJsonArray onServer = peerEvents();
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.at(0)[QLatin1String("uid")].toString(), appointment.uid);

    QVERIFY(sync(*m_counselor));
    QCOMPARE(m_counselor->engine->lastCounts().downloaded, 1);
    const std::optional<Appointment> arrived = m_counselor->workspace.appointments().find(appointment.uid);
    QVERIFY(arrived);
    QCOMPARE(arrived->title, QStringLiteral("Erstgespräch"));
    QCOMPARE(arrived->start, appointment.start);
    QCOMPARE(arrived->calendarId, m_counselor->team.id);
    QCOMPARE(m_counselor->queue->count(), 0);
}

void TestSyncEngine::editsAndRemovalsTravelBothWays()
{
    Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Beratung"));
    QString error;
    QVERIFY(m_reception->workspace.appointments().save(appointment, &error));
    QVERIFY(sync(*m_reception));
    QVERIFY(sync(*m_counselor));

    Appointment changed = *m_counselor->workspace.appointments().find(appointment.uid);
    changed.title = QStringLiteral("Beratung (verschoben)");
    changed.start = changed.start.addSecs(3600);
    changed.end = changed.end.addSecs(3600);
    QVERIFY2(m_counselor->workspace.appointments().save(changed, &error), qPrintable(error));
    QVERIFY(sync(*m_counselor));
    QCOMPARE(m_counselor->engine->lastCounts().uploaded, 1);
    QVERIFY(sync(*m_reception));
    const std::optional<Appointment> atReception
        = m_reception->workspace.appointments().find(appointment.uid);
    QVERIFY(atReception);
    QCOMPARE(atReception->title, QStringLiteral("Beratung (verschoben)"));
    QCOMPARE(atReception->start, changed.start);

    QVERIFY2(m_reception->workspace.appointments().remove(appointment.uid, &error), qPrintable(error));
    QVERIFY(sync(*m_reception));
    QCOMPARE(m_reception->engine->lastCounts().deleted, 1);
    QVERIFY(peerEvents().isEmpty());
    QVERIFY(sync(*m_counselor));
    QVERIFY(!m_counselor->workspace.appointments().find(appointment.uid));
    QCOMPARE(m_counselor->queue->count(), 0);
}

void TestSyncEngine::eventsOfAnotherProgramArriveAndChange()
{
    QByteArray output;
    QString error;
    const QString calendar = QLatin1Char('/') + m_calendarPath + QLatin1Char('/');
    QVERIFY2(m_server.runPeer(QStringLiteral("anna"),
                              { QStringLiteral("put"), calendar, QStringLiteral("phone-1"),
                                QStringLiteral("Supervision"), QStringLiteral("20261203T130000Z"),
                                QStringLiteral("20261203T140000Z") },
                              &output, &error),
             qPrintable(error));
    QVERIFY(sync(*m_reception));
    std::optional<Appointment> arrived
        = m_reception->workspace.appointments().find(QStringLiteral("phone-1"));
    QVERIFY(arrived);
    QCOMPARE(arrived->title, QStringLiteral("Supervision"));
    QCOMPARE(arrived->start, QDateTime(QDate(2026, 12, 3), QTime(13, 0), Qt::UTC));

    QVERIFY2(m_server.runPeer(QStringLiteral("anna"),
                              { QStringLiteral("put"), calendar, QStringLiteral("phone-1"),
                                QStringLiteral("Supervision (Raum 2)"), QStringLiteral("20261203T140000Z"),
                                QStringLiteral("20261203T150000Z") },
                              &output, &error),
             qPrintable(error));
    QVERIFY(sync(*m_reception));
    QCOMPARE(m_reception->engine->lastCounts().downloaded, 1);
    arrived = m_reception->workspace.appointments().find(QStringLiteral("phone-1"));
    QCOMPARE(arrived->title, QStringLiteral("Supervision (Raum 2)"));
    QCOMPARE(arrived->start, QDateTime(QDate(2026, 12, 3), QTime(14, 0), Qt::UTC));

    QVERIFY2(m_server.runPeer(QStringLiteral("anna"),
                              { QStringLiteral("delete"), calendar, QStringLiteral("phone-1") }, &output,
                              &error),
             qPrintable(error));
    QVERIFY(sync(*m_reception));
    QVERIFY(!m_reception->workspace.appointments().find(QStringLiteral("phone-1")));
}

void TestSyncEngine::aSeriesWithAnExceptionTravelsAsOneObject()
{
    QTemporaryFile ics;
    QVERIFY(ics.open());
    ics.write(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//EN\r\n"
        "BEGIN:VEVENT\r\nUID:series-1\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261207T090000Z\r\n"
        "DTEND:20261207T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Gruppe\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:series-1\r\nDTSTAMP:20261101T000000Z\r\nRECURRENCE-ID:20261214T090000Z\r\n"
        "DTSTART:20261214T110000Z\r\nDTEND:20261214T120000Z\r\nSUMMARY:Gruppe (später)\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n");
    ics.close();
    QByteArray output;
    QString error;
    QVERIFY2(m_server.runPeer(QStringLiteral("anna"),
                              { QStringLiteral("put-file"),
                                QLatin1Char('/') + m_calendarPath + QLatin1Char('/'), ics.fileName() },
                              &output, &error),
             qPrintable(error));
    QVERIFY(sync(*m_counselor));
    const std::optional<Appointment> series
        = m_counselor->workspace.appointments().find(QStringLiteral("series-1"));
    QVERIFY(series);
    QVERIFY(series->isRecurring());
    const QList<Appointment> exceptions
        = m_counselor->workspace.appointments().exceptionsOf(QStringLiteral("series-1"));
    QCOMPARE(exceptions.size(), 1);
    QCOMPARE(exceptions.constFirst().title, QStringLiteral("Gruppe (später)"));

    // Changing the series here sends the series with its exception, as one object.
    Appointment renamed = *series;
    renamed.title = QStringLiteral("Gruppe B");
    QVERIFY2(m_counselor->workspace.appointments().save(renamed, &error), qPrintable(error));
    QVERIFY(sync(*m_counselor));
    QCOMPARE(m_counselor->engine->lastCounts().uploaded, 1);
    const QJsonArray onServer = peerEvents();
    QCOMPARE(onServer.size(), 1);
    const QString data = onServer.at(0)[QLatin1String("data")].toString();
    QVERIFY2(data.contains(QLatin1String("SUMMARY:Gruppe B")), qPrintable(data));
    QVERIFY2(data.contains(QLatin1String("RECURRENCE-ID")), qPrintable(data));
    QVERIFY(sync(*m_reception));
    QCOMPARE(m_reception->workspace.appointments().exceptionsOf(QStringLiteral("series-1")).size(), 1);
}

void TestSyncEngine::aSeriesMadeHereHasTheSameDatesForAnotherProgram()
{
    // Weekly over the change to summer time, at 09:00 in Berlin; the third date cancelled, the
    // fourth moved to the next day at 10:00.
    Appointment series = teamAppointment(*m_reception, QStringLiteral("Gruppe Achtsamkeit"));
    series.start = QDateTime(QDate(2027, 3, 15), QTime(8, 0), Qt::UTC);
    series.end = series.start.addSecs(90 * 60);
    series.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=6");
    series.exceptionDates = { QDateTime(QDate(2027, 3, 29), QTime(7, 0), Qt::UTC) };
    QString error;
    AppointmentStore& appointments = m_reception->workspace.appointments();
    QVERIFY2(appointments.save(series, &error), qPrintable(error));
    const QDateTime from(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2027, 5, 1), QTime(0, 0), Qt::UTC);
    const QList<Occurrence> planned = appointments.occurrences(from, to);
    QCOMPARE(planned.size(), 5);
    Appointment moved = planned.at(2).standalone();
    QCOMPARE(moved.recurrenceId, QDateTime(QDate(2027, 4, 5), QTime(7, 0), Qt::UTC));
    moved.start = QDateTime(QDate(2027, 4, 6), QTime(8, 0), Qt::UTC);
    moved.end = moved.start.addSecs(90 * 60);
    QVERIFY2(appointments.save(moved, &error), qPrintable(error));

    QVERIFY(sync(*m_reception));
    QVERIFY2(!m_reception->engine->lastError().isError(),
             qPrintable(m_reception->engine->lastError().message()));
    const QJsonArray onServer = peerEvents();
    QCOMPARE(onServer.size(), 1);

    // python3-caldav fetched it; python3-recurring-ical-events expands it.
    QTemporaryFile fetched;
    QVERIFY(fetched.open());
    fetched.write(onServer.at(0)[QLatin1String("data")].toString().toUtf8());
    fetched.close();
    QProcess python;
    python.start(
        qEnvironmentVariable("VIERAUGEN_PYTHON"),
        { qEnvironmentVariable("VIERAUGEN_SOURCE_DIR") + QStringLiteral("/tests/support/ics_occurrences.py"),
          fetched.fileName(), from.date().toString(Qt::ISODate), to.date().toString(Qt::ISODate),
          QStringLiteral("Europe/Berlin") });
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QStringList theirs;
    for (const QJsonValue& occurrence : QJsonDocument::fromJson(python.readAllStandardOutput()).array())
        theirs << occurrence[QLatin1String("start")].toString() + QLatin1Char('/')
                + occurrence[QLatin1String("end")].toString();

    const auto datesOf = [&](const AppointmentStore& store) {
        QStringList dates;
        for (const Occurrence& occurrence : store.occurrences(from, to))
            dates << occurrence.start.toString(Qt::ISODate) + QLatin1Char('/')
                    + occurrence.end.toString(Qt::ISODate);
        return dates;
    };
    const QStringList expected { QStringLiteral("2027-03-15T08:00:00Z/2027-03-15T09:30:00Z"),
                                 QStringLiteral("2027-03-22T08:00:00Z/2027-03-22T09:30:00Z"),
                                 QStringLiteral("2027-04-06T08:00:00Z/2027-04-06T09:30:00Z"),
                                 QStringLiteral("2027-04-12T07:00:00Z/2027-04-12T08:30:00Z"),
                                 QStringLiteral("2027-04-19T07:00:00Z/2027-04-19T08:30:00Z") };
    QCOMPARE(datesOf(appointments), expected);
    QCOMPARE(theirs, expected);

    // The other member gets the same dates, the moved one as an exception of the series.
    QVERIFY(sync(*m_counselor));
    QCOMPARE(datesOf(m_counselor->workspace.appointments()), expected);
    QCOMPARE(m_counselor->workspace.appointments().exceptionsOf(series.uid).size(), 1);
}

void TestSyncEngine::theServerKeepsOnlyWhatTheDetailsModeAllows_data()
{
    QTest::addColumn<TeamCalendar::Details>("details");
    QTest::addColumn<bool>("clientOnServer");
    QTest::addColumn<bool>("notesOnServer");
    QTest::newRow("busy only") << TeamCalendar::Details::BusyOnly << false << false;
    QTest::newRow("details without notes") << TeamCalendar::Details::NotesKeptLocal << true << false;
    QTest::newRow("everything") << TeamCalendar::Details::Everything << true << true;
}

void TestSyncEngine::theServerKeepsOnlyWhatTheDetailsModeAllows()
{
    QFETCH(TeamCalendar::Details, details);
    QFETCH(bool, clientOnServer);
    QFETCH(bool, notesOnServer);
    QString error;
    QVERIFY2(m_reception->store->setDetails(m_reception->team.id, details, &error), qPrintable(error));

    // Each row its own client, as the server keeps the rows before it.
    const QByteArray row = QByteArray(QTest::currentDataTag()).replace(' ', '-');
    const QString name = QStringLiteral("Jasmin Özdemir-") + QString::fromUtf8(row);
    const QString email = QStringLiteral("jasmin.oezdemir.%1@example.org").arg(QString::fromUtf8(row));
    const QString phone
        = QStringLiteral("+49301234%1").arg(m_calendarNumber * 111 % 1000, 3, 10, QLatin1Char('0'));
    const QString notes
        = QStringLiteral("Trennung im Sommer und Sorgerechtsstreit %1").arg(QString::fromUtf8(row));
    Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Erstgespräch ") + name);
    appointment.participants = { Participant { name, email, phone, QStringLiteral("de") } };
    appointment.notes = notes;
    QVERIFY2(m_reception->workspace.appointments().save(appointment, &error), qPrintable(error));
    QVERIFY(sync(*m_reception));
    QVERIFY2(!m_reception->engine->lastError().isError(),
             qPrintable(m_reception->engine->lastError().message()));
    QCOMPARE(m_reception->engine->lastCounts().uploaded, 1);

    const QByteArray storage = serverStorage();
    // It is there: its UID, its time and who counsels.
    QVERIFY(storage.contains(appointment.uid.toUtf8()));
    QVERIFY(storage.contains("DTSTART:20261201T080000Z") || storage.contains("20261201T090000"));
    QVERIFY(storage.contains("anna"));
    for (const QString& personal : { name, email, phone })
        QVERIFY2(storage.contains(personal.toUtf8()) == clientOnServer,
                 qPrintable(QStringLiteral("%1 on the server: %2").arg(personal).arg(!clientOnServer)));
    QVERIFY2(storage.contains(notes.toUtf8()) == notesOnServer,
             qPrintable(QStringLiteral("notes on the server: %1").arg(!notesOnServer)));
    // Here everything stays.
    const std::optional<Appointment> here = m_reception->workspace.appointments().find(appointment.uid);
    QVERIFY(here);
    QCOMPARE(here->notes, notes);
    QCOMPARE(here->participants, appointment.participants);
}

void TestSyncEngine::aClientWithoutEmailIsNoEmptyAddressOnTheServer()
{
    // Her team's other programs read the event from the server: an ATTENDEE "mailto:" without an
    // address showed them an empty attendee or one to mail (J30).
    Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Beratung"));
    appointment.participants
        = { Participant { QStringLiteral("Familie Roth"), {}, {}, QStringLiteral("de") } };
    QString error;
    QVERIFY2(m_reception->workspace.appointments().save(appointment, &error), qPrintable(error));
    QVERIFY(sync(*m_reception));

    const QJsonArray onServer = peerEvents();
    QCOMPARE(onServer.size(), 1);
    // A long line may be folded anywhere (RFC 5545 3.1).
    const QString data = onServer.at(0)[QLatin1String("data")].toString().remove(
        QRegularExpression(QStringLiteral("\\r?\\n ")));
    QVERIFY2(!data.contains(QRegularExpression(QStringLiteral("mailto:(\\r|\\n|$)"))), qPrintable(data));
    QVERIFY2(data.contains(QRegularExpression(
                 QStringLiteral("ATTENDEE[^:\\r\\n]*CN=Familie Roth[^:\\r\\n]*:urn:uuid:"))),
             qPrintable(data));

    // Back from the server she is the same participant, with no e-mail made up.
    QVERIFY(sync(*m_counselor));
    const std::optional<Appointment> arrived = m_counselor->workspace.appointments().find(appointment.uid);
    QVERIFY(arrived);
    QCOMPARE(arrived->participants, appointment.participants);
}

void TestSyncEngine::bothChangedOfflineKeepsBothVersions()
{
    Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Paargespräch"));
    QString error;
    QVERIFY(m_reception->workspace.appointments().save(appointment, &error));
    QVERIFY(sync(*m_reception));
    QVERIFY(sync(*m_counselor));

    // The counselor edits offline; reception changes the same appointment and syncs first.
    Appointment mine = *m_counselor->workspace.appointments().find(appointment.uid);
    mine.title = QStringLiteral("Paargespräch (Anna)");
    QVERIFY(m_counselor->workspace.appointments().save(mine, &error));
    Appointment theirs = *m_reception->workspace.appointments().find(appointment.uid);
    theirs.title = QStringLiteral("Paargespräch (Empfang)");
    QVERIFY(m_reception->workspace.appointments().save(theirs, &error));
    QVERIFY(sync(*m_reception));

    QVERIFY(sync(*m_counselor));
    QVERIFY2(!m_counselor->engine->lastError().isError(),
             qPrintable(m_counselor->engine->lastError().message()));
    QCOMPARE(m_counselor->engine->lastCounts().conflicts, 1);
    QCOMPARE(m_counselor->workspace.appointments().find(appointment.uid)->title,
             QStringLiteral("Paargespräch (Empfang)"));
    SyncConflicts conflicts(m_counselor->workspace.database(), m_counselor->workspace.appointments(),
                            m_counselor->workspace.clock());
    const QList<SyncConflict> kept = conflicts.all();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().localVersion.constFirst().title, QStringLiteral("Paargespräch (Anna)"));
    QCOMPARE(m_counselor->queue->count(), 0);

    // Keep mine: it goes to the server at the next sync, and reception gets it.
    QVERIFY2(conflicts.resolve(kept.constFirst().id, SyncConflicts::Choice::KeepMine, &error),
             qPrintable(error));
    QVERIFY(sync(*m_counselor));
    QCOMPARE(m_counselor->engine->lastCounts().uploaded, 1);
    QVERIFY(sync(*m_reception));
    QCOMPARE(m_reception->workspace.appointments().find(appointment.uid)->title,
             QStringLiteral("Paargespräch (Anna)"));
}

bool TestSyncEngine::retimeOnServer(const QString& uid, const QString& title, const QString& start,
                                    const QString& end)
{
    QByteArray output;
    QString error;
    if (m_server.runPeer(QStringLiteral("reception"),
                         { QStringLiteral("retime"), QLatin1Char('/') + m_calendarPath + QLatin1Char('/'),
                           uid, title, start, end },
                         &output, &error))
        return true;
    qWarning() << error;
    return false;
}

bool TestSyncEngine::addToTheTitleWhileTheServerMovesIt(const QString& titleOnServer, Appointment* mine)
{
    Appointment appointment = teamAppointment(*m_counselor, QStringLiteral("Fallbesprechung Team"));
    QString error;
    if (!m_counselor->workspace.appointments().save(appointment, &error) || !sync(*m_counselor))
        return false;
    *mine = *m_counselor->workspace.appointments().find(appointment.uid);
    mine->title = QStringLiteral("Fallbesprechung Team – bitte Akte");
    return m_counselor->workspace.appointments().save(*mine, &error)
        && retimeOnServer(appointment.uid, titleOnServer, QStringLiteral("20261201T120000Z"),
                          QStringLiteral("20261201T130000Z"));
}

bool TestSyncEngine::receptionGets(const QString& uid, const QString& title, const QDateTime& start)
{
    if (!sync(*m_reception))
        return false;
    const std::optional<Appointment> there = m_reception->workspace.appointments().find(uid);
    return there && there->title == title && there->start == start;
}

void TestSyncEngine::herTitleAndAColleaguesNewTimeAreMerged()
{
    // The colleague's program keeps the title.
    Appointment mine;
    QVERIFY(addToTheTitleWhileTheServerMovesIt(QStringLiteral("Fallbesprechung Team"), &mine));

    // Her change went up with the old ETag (412); what she changed goes onto the server's version
    // and up again, without a question.
    QVERIFY(sync(*m_counselor));
    QVERIFY2(!m_counselor->engine->lastError().isError(),
             qPrintable(m_counselor->engine->lastError().message()));
    QCOMPARE(m_counselor->engine->lastCounts().conflicts, 0);
    QCOMPARE(m_counselor->engine->lastCounts().merged, 1);
    QCOMPARE(m_counselor->engine->lastCounts().uploaded, 1);
    QCOMPARE(SyncConflicts(m_counselor->workspace.database(), m_counselor->workspace.appointments(),
                           m_counselor->workspace.clock())
                 .count(),
             0);
    QCOMPARE(m_counselor->queue->count(), 0);
    const Appointment merged = *m_counselor->workspace.appointments().find(mine.uid);
    QCOMPARE(merged.title, mine.title);
    QCOMPARE(merged.start, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(merged.end, QDateTime(QDate(2026, 12, 1), QTime(13, 0), Qt::UTC));

    // The server has both, and so has the next member.
    const QJsonArray events = peerEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).toObject().value(QStringLiteral("summary")).toString(), mine.title);
    QVERIFY(receptionGets(mine.uid, mine.title, merged.start));
}

void TestSyncEngine::bothChangedTheTitleAsksAndKeepingMineKeepsTheirTime()
{
    Appointment mine;
    QVERIFY(addToTheTitleWhileTheServerMovesIt(QStringLiteral("Fallbesprechung Team – verlegt"), &mine));
    QString error;

    // Both changed the title: that is hers to decide; the calendar shows the server's version.
    QVERIFY(sync(*m_counselor));
    QCOMPARE(m_counselor->engine->lastCounts().conflicts, 1);
    QCOMPARE(m_counselor->engine->lastCounts().merged, 0);
    SyncConflicts conflicts(m_counselor->workspace.database(), m_counselor->workspace.appointments(),
                            m_counselor->workspace.clock());
    const QList<SyncConflict> kept = conflicts.all();
    QCOMPARE(kept.size(), 1);
    const QList<Appointment> theirs = m_counselor->workspace.appointments().series(mine.uid);
    QCOMPARE(theirs.constFirst().title, QStringLiteral("Fallbesprechung Team – verlegt"));
    const AppointmentMerge::Result keepingMine = kept.constFirst().mineOnto(theirs);
    QCOMPARE(keepingMine.conflicts, QList<AppointmentMerge::Part> { AppointmentMerge::Part::Title });
    QCOMPARE(keepingMine.changedByMine, QList<AppointmentMerge::Part> { AppointmentMerge::Part::Title });

    // Keep mine: her title, on the colleague's time, here and on the server.
    QVERIFY2(conflicts.resolve(kept.constFirst().id, SyncConflicts::Choice::KeepMine, &error),
             qPrintable(error));
    const Appointment resolved = *m_counselor->workspace.appointments().find(mine.uid);
    QCOMPARE(resolved.title, mine.title);
    QCOMPARE(resolved.start, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(sync(*m_counselor));
    QCOMPARE(m_counselor->engine->lastCounts().uploaded, 1);
    QVERIFY(receptionGets(mine.uid, mine.title, resolved.start));
}

void TestSyncEngine::removedThereWhileChangedHereKeepsMine()
{
    Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Nachgespräch"));
    QString error;
    QVERIFY(m_reception->workspace.appointments().save(appointment, &error));
    QVERIFY(sync(*m_reception));
    QVERIFY(sync(*m_counselor));

    Appointment mine = *m_counselor->workspace.appointments().find(appointment.uid);
    mine.title = QStringLiteral("Nachgespräch (verlängert)");
    QVERIFY(m_counselor->workspace.appointments().save(mine, &error));
    QVERIFY(m_reception->workspace.appointments().remove(appointment.uid, &error));
    QVERIFY(sync(*m_reception));

    QVERIFY(sync(*m_counselor));
    QCOMPARE(m_counselor->engine->lastCounts().conflicts, 1);
    SyncConflicts conflicts(m_counselor->workspace.database(), m_counselor->workspace.appointments(),
                            m_counselor->workspace.clock());
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(conflicts.all().constFirst().localVersion.constFirst().title,
             QStringLiteral("Nachgespräch (verlängert)"));
}

void TestSyncEngine::serverGoneMidSyncLosesNothing()
{
    QString error;
    QStringList uids;
    for (int i = 0; i < 3; ++i) {
        Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Termin %1").arg(i));
        QVERIFY(m_reception->workspace.appointments().save(appointment, &error));
        uids << appointment.uid;
    }
    QMetaObject::Connection stopAtStart
        = connect(m_reception->engine.get(), &SyncEngine::started, this, [this] { m_server.stop(); });
    QVERIFY(sync(*m_reception));
    disconnect(stopAtStart);
    QCOMPARE(m_reception->engine->lastError().kind(), DavError::Kind::Unreachable);
    QCOMPARE(m_reception->queue->count(), 3);

    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(sync(*m_reception));
    QVERIFY2(!m_reception->engine->lastError().isError(),
             qPrintable(m_reception->engine->lastError().message()));
    QCOMPARE(m_reception->queue->count(), 0);
    QCOMPARE(peerEvents().size(), 3);
}

void TestSyncEngine::anExpiredSyncTokenStartsOver()
{
    Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Termin"));
    QString error;
    QVERIFY(m_reception->workspace.appointments().save(appointment, &error));
    QVERIFY(sync(*m_reception));
    QVERIFY(sync(*m_counselor));
    const TeamCalendar synced = *m_counselor->store->calendar(m_counselor->team.id);
    QVERIFY(!synced.syncToken.isEmpty());
    QVERIFY(m_counselor->store->setSyncState(
        synced.id, synced.ctag, QStringLiteral("http://radicale.org/ns/sync/0"), QString(), &error));
    QVERIFY(sync(*m_counselor));
    QVERIFY2(!m_counselor->engine->lastError().isError(),
             qPrintable(m_counselor->engine->lastError().message()));
    QVERIFY(m_counselor->workspace.appointments().find(appointment.uid));
    QVERIFY(m_counselor->store->calendar(synced.id)->syncToken
            != QLatin1String("http://radicale.org/ns/sync/0"));
}

void TestSyncEngine::nothingChangedIsOneRequest()
{
    Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Termin"));
    QString error;
    QVERIFY(m_reception->workspace.appointments().save(appointment, &error));
    QVERIFY(sync(*m_reception));
    QVERIFY(sync(*m_reception));
    QCOMPARE(m_reception->engine->lastRequestCount(), 1);
    QCOMPARE(m_reception->engine->lastCounts().downloaded, 0);
}

void TestSyncEngine::aChangeDuringARunGoesUpSoonAfter()
{
    // Running by itself, the engine must not leave a change made during a run for the next
    // periodic sync, minutes later.
    bool saved = false;
    QString error;
    Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Während des Abgleichs"));
    connect(m_reception->engine.get(), &SyncEngine::started, this, [&] {
        if (!saved)
            saved = m_reception->workspace.appointments().save(appointment, &error);
    });
    m_reception->engine->start();
    QVERIFY(QTest::qWaitFor(
        [&] { return saved && m_reception->queue->count() == 0 && !m_reception->engine->isRunning(); },
        30000));
    QCOMPARE(peerEvents().size(), 1);
}

void TestSyncEngine::anAccountWithoutCalendarsGetsThoseItsServerShows()
{
    Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Erstgespräch"));
    QString error;
    QVERIFY(m_reception->workspace.appointments().save(appointment, &error));
    QVERIFY(sync(*m_reception));

    // An account as Settings or a setup file adds it: an address (here the calendar's own) and no
    // calendars yet.
    Member newcomer;
    newcomer.store = std::make_unique<SyncStore>(
        newcomer.workspace.database(), newcomer.workspace.appointments(), newcomer.workspace.clock());
    newcomer.queue = std::make_unique<SyncQueue>(newcomer.workspace.database());
    CalDavAccount account { {},
                            m_server.url(QLatin1Char('/') + m_calendarPath + QLatin1Char('/')),
                            QStringLiteral("anna"),
                            QStringLiteral("Anna"),
                            {} };
    QVERIFY2(newcomer.store->addAccount(account, &error), qPrintable(error));
    newcomer.engine = std::make_unique<SyncEngine>(
        m_network, *newcomer.store, newcomer.workspace.appointments(), *newcomer.queue,
        [](const CalDavAccount&, std::function<void(const QString&, const QString&)> done) {
            done(QStringLiteral("pw-anna"), QString());
        });
    QVERIFY(sync(newcomer));
    QVERIFY2(!newcomer.engine->lastError().isError(), qPrintable(newcomer.engine->lastError().message()));
    const QList<TeamCalendar> calendars = newcomer.store->calendars();
    QCOMPARE(calendars.size(), 2);
    QCOMPARE(calendars.at(1).accountId, account.id);
    QCOMPARE(calendars.at(1).name, QStringLiteral("Counseling"));
    QCOMPARE(newcomer.engine->lastReports().value(calendars.at(1).id).counts.downloaded, 1);
    QCOMPARE(newcomer.workspace.appointments().find(appointment.uid)->calendarId, calendars.at(1).id);

    // Found once: the next run asks only what changed.
    QVERIFY(sync(newcomer));
    QCOMPARE(newcomer.engine->lastRequestCount(), 1);
    QCOMPARE(newcomer.store->calendars().size(), 2);
}

void TestSyncEngine::aChangeTheServerHasAlreadyIsNoConflict()
{
    // A run PUT the appointment and was killed before it noted so: the change still waits here,
    // and the server holds exactly it.
    Appointment appointment = teamAppointment(*m_reception, QStringLiteral("Schon oben"));
    QString error;
    QVERIFY(m_reception->workspace.appointments().save(appointment, &error));
    QTemporaryFile sent;
    QVERIFY(sent.open());
    sent.write(CalendarObject::write({ *m_reception->workspace.appointments().find(appointment.uid) },
                                     m_reception->team.details));
    sent.close();
    QByteArray output;
    QVERIFY2(m_server.runPeer(QStringLiteral("reception"),
                              { QStringLiteral("put-file"),
                                QLatin1Char('/') + m_calendarPath + QLatin1Char('/'), sent.fileName() },
                              &output, &error),
             qPrintable(error));
    QCOMPARE(m_reception->queue->count(), 1);

    QVERIFY(sync(*m_reception));
    QVERIFY2(!m_reception->engine->lastError().isError(),
             qPrintable(m_reception->engine->lastError().message()));
    QCOMPARE(m_reception->engine->lastCounts().conflicts, 0);
    QCOMPARE(SyncConflicts(m_reception->workspace.database(), m_reception->workspace.appointments(),
                           m_reception->workspace.clock())
                 .count(),
             0);
    QCOMPARE(m_reception->queue->count(), 0);
    QCOMPARE(m_reception->workspace.appointments().find(appointment.uid)->title,
             QStringLiteral("Schon oben"));

    // A real difference still is one.
    Appointment mine = *m_reception->workspace.appointments().find(appointment.uid);
    mine.title = QStringLiteral("Meine Fassung");
    QVERIFY(m_reception->workspace.appointments().save(mine, &error));
    QVERIFY2(
        m_server.runPeer(QStringLiteral("anna"),
                         { QStringLiteral("retime"), QLatin1Char('/') + m_calendarPath + QLatin1Char('/'),
                           appointment.uid, QStringLiteral("Ihre Fassung"),
                           QStringLiteral("20261201T090000Z"), QStringLiteral("20261201T100000Z") },
                         &output, &error),
        qPrintable(error));
    QVERIFY(sync(*m_reception));
    QCOMPARE(m_reception->engine->lastCounts().conflicts, 1);
}

void TestSyncEngine::onlyTeamCalendarsWatchTheNetwork()
{
    // A computer without team calendars: the engine runs, and loads no network monitor for nothing.
    TestWorkspace alone;
    SyncStore store(alone.database(), alone.appointments(), alone.clock());
    SyncQueue queue(alone.database());
    SyncEngine engine(m_network, store, alone.appointments(), queue,
                      [](const CalDavAccount&, std::function<void(const QString&, const QString&)> done) {
                          done(QString(), QString());
                      });
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!engine.watchesNetworkReturn());

    // With a team calendar, a run watches for the network's return.
    if (QNetworkInformation::availableBackends().isEmpty())
        QSKIP("No network information backend on this system");
    QVERIFY(!m_reception->engine->watchesNetworkReturn());
    QSignalSpy teamFinished(m_reception->engine.get(), &SyncEngine::finished);
    m_reception->engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(teamFinished.size(), 1, 60000);
    QVERIFY(m_reception->engine->watchesNetworkReturn());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_SyncEngine.moc"
