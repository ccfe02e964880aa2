#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/cli/CommandLineTool.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"
#include "core/sync/SyncQueue.h"
#include "core/sync/SyncStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/RadicaleServer.h"
#include "tests/support/TestWorkspace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// vieraugen-cli's team-calendar commands, on a real calendar file and keychain, against a real Radicale.
class TestSyncCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void accountAddTakesThePasswordFromStdinOnly();
    void accountAddWithAWrongPasswordAddsNothing();
    void accountAddRefusesPlainHttpToOtherComputers();
    void accountAddWithoutPasswordChangesNothing();
    void calendarsListsThisComputersFirst();
    void calendarsUseChoosesTargetAndDetails();
    void addEditDeleteInATeamCalendarAreQueued();
    void readOnlyCalendarRefusesChanges();
    void conflictsAreListedAndResolved();
    void syncReportsWhatWentUpAndCameDown();
    void syncWithoutAPasswordInTheKeychainSaysSoAndKeepsTheChange();
    void syncWithTheServerAwayFailsAndKeepsTheChange();

private:
    int run(const QStringList& arguments, const QString& input = {});
    QJsonArray json(const QStringList& arguments);
    // A team calendar in the workspace's file, as discovery would have stored it.
    QString addTeamCalendar(bool readOnly = false);
    // "account add" for anna and the team calendar on Radicale; the account's id.
    int addRadicaleAccount(const QString& password);
    QString teamCalendarId();
    QString addAppointment(const QString& calendar, const QString& title);

    RadicaleServer m_server;
    QString m_out;
    QString m_err;
    QString m_scenario;
    std::unique_ptr<TestWorkspace> m_workspace;
};

void TestSyncCommands::initTestCase()
{
    m_server.addUser(QStringLiteral("anna"), QStringLiteral("pw-anna"));
    m_server.addUser(QStringLiteral("empfang"), QStringLiteral("geheim-app-passwort"));
    QString error;
    QVERIFY2(m_server.createCalendar(QStringLiteral("team/counseling"), QStringLiteral("Beratung"),
                                     QStringLiteral("#2e8b57"), &error),
             qPrintable(error));
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestSyncCommands::init()
{
    m_scenario = qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO");
    m_workspace = std::make_unique<TestWorkspace>();
    qunsetenv("VIERAUGEN_DATA_DIR");
}

int TestSyncCommands::run(const QStringList& arguments, const QString& input)
{
    m_out.clear();
    m_err.clear();
    QString inputText = input;
    QTextStream in(&inputText);
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    CommandLineTool tool(out, err, &m_workspace->settings());
    tool.setInput(in);
    return tool.run(QStringList { QStringLiteral("vieraugen-cli"), QStringLiteral("--data-dir"),
                                  m_workspace->dataLocation().path() }
                    + arguments);
}

QJsonArray TestSyncCommands::json(const QStringList& arguments)
{
    if (run(arguments + QStringList { QStringLiteral("--json") }) != 0)
        qWarning("%s", qPrintable(m_err));
    return QJsonDocument::fromJson(m_out.toUtf8()).array();
}

int TestSyncCommands::addRadicaleAccount(const QString& password)
{
    return run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("caldav"),
                 QStringLiteral("--url"), m_server.url(QStringLiteral("/team/counseling/")).toString(),
                 QStringLiteral("--user"), QStringLiteral("anna") },
               password + QLatin1Char('\n'));
}

QString TestSyncCommands::teamCalendarId()
{
    const QJsonArray calendars = json({ QStringLiteral("calendars") });
    return calendars.size() == 2 ? calendars.at(1)[QLatin1String("id")].toString() : QString();
}

QString TestSyncCommands::addAppointment(const QString& calendar, const QString& title)
{
    if (run({ QStringLiteral("add"), QStringLiteral("--calendar"), calendar, QStringLiteral("--title"), title,
              QStringLiteral("--start"), QStringLiteral("2026-12-01T09:00"), QStringLiteral("--end"),
              QStringLiteral("2026-12-01T10:00"), QStringLiteral("--in-person") })
        != 0)
        qWarning("%s", qPrintable(m_err));
    return m_out.trimmed();
}

QString TestSyncCommands::addTeamCalendar(bool readOnly)
{
    SyncStore sync(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    CalDavAccount account {
        {}, QUrl(QStringLiteral("https://cloud.example.org/")), QStringLiteral("anna"), {}, {}
    };
    if (sync.accounts().isEmpty())
        sync.addAccount(account, nullptr);
    else
        account = sync.accounts().constFirst();
    TeamCalendar calendar;
    calendar.accountId = account.id;
    calendar.url = QUrl(QStringLiteral("https://cloud.example.org/calendars/anna/%1/")
                            .arg(readOnly ? QLatin1String("shared") : QLatin1String("team")));
    calendar.name = readOnly ? QStringLiteral("Geteilt") : QStringLiteral("Team");
    calendar.readOnly = readOnly;
    sync.saveCalendar(calendar, nullptr);
    return calendar.id;
}

void TestSyncCommands::accountAddTakesThePasswordFromStdinOnly()
{
    const QString address = m_server.url(QStringLiteral("/team/counseling/")).toString();
    const int exitCode
        = run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("caldav"),
                QStringLiteral("--url"), address, QStringLiteral("--user"), QStringLiteral("empfang") },
              QStringLiteral("geheim-app-passwort\n"));
    if (m_scenario == QLatin1String("locked")) {
        // No keychain, no account: nothing half-made stays.
        QCOMPARE(exitCode, 2);
        QVERIFY(m_err.contains(QStringLiteral("not added")));
        QCOMPARE(json({ QStringLiteral("accounts") }).size(), 0);
        return;
    }
    QCOMPARE(exitCode, 0);
    QVERIFY(!m_out.contains(QStringLiteral("geheim")));
    const QJsonArray accounts = json({ QStringLiteral("accounts") });
    QCOMPARE(accounts.size(), 1);
    const QJsonObject account = accounts.at(0).toObject();
    QCOMPARE(account.value(QStringLiteral("user")).toString(), QStringLiteral("empfang"));
    QCOMPARE(account.value(QStringLiteral("url")).toString(), address);
    QVERIFY(account.value(QStringLiteral("hasPassword")).toBool());
    // The calendar at the address, as the server describes it.
    const QJsonArray calendars = json({ QStringLiteral("calendars") });
    QCOMPARE(calendars.size(), 2);
    QCOMPARE(calendars.at(1)[QLatin1String("name")].toString(), QStringLiteral("Beratung"));
    QCOMPARE(calendars.at(1)[QLatin1String("url")].toString(), address);
    QCOMPARE(calendars.at(1)[QLatin1String("access")].toString(), QStringLiteral("read-write"));
    // The password is in the keychain, under the account's own key, and nowhere in the calendar file.
    SecretStore secrets(m_workspace->settings());
    SecretReply* reply
        = secrets.read(QStringLiteral("caldav-") + account.value(QStringLiteral("id")).toString(),
                       QLatin1String(CalDavAccount::passwordName));
    QString stored;
    QEventLoop loop;
    connect(reply, &SecretReply::finished, &loop, [&] {
        stored = reply->value();
        loop.quit();
    });
    loop.exec();
    QCOMPARE(stored, QStringLiteral("geheim-app-passwort"));
    QFile file(m_workspace->dataLocation().databaseFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("geheim-app-passwort"));

    // There is no --password: a password never appears in a process list.
    QCOMPARE(
        run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("caldav"),
              QStringLiteral("--url"), QStringLiteral("https://other.example.org/"), QStringLiteral("--user"),
              QStringLiteral("x"), QStringLiteral("--password"), QStringLiteral("geheim") }),
        1);
}

void TestSyncCommands::accountAddWithAWrongPasswordAddsNothing()
{
    QCOMPARE(addRadicaleAccount(QStringLiteral("falsch")), 2);
    QVERIFY2(m_err.contains(QStringLiteral("password")), qPrintable(m_err));
    QVERIFY(m_err.contains(QStringLiteral("not added")));
    QCOMPARE(json({ QStringLiteral("accounts") }).size(), 0);
    QCOMPARE(json({ QStringLiteral("calendars") }).size(), 1);
}

void TestSyncCommands::accountAddRefusesPlainHttpToOtherComputers()
{
    QCOMPARE(run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("caldav"),
                   QStringLiteral("--url"), QStringLiteral("http://cloud.example.org/"),
                   QStringLiteral("--user"), QStringLiteral("x") },
                 QStringLiteral("pw\n")),
             2);
    QVERIFY(m_err.contains(QStringLiteral("https://")));
    QCOMPARE(json({ QStringLiteral("accounts") }).size(), 0);
}

void TestSyncCommands::accountAddWithoutPasswordChangesNothing()
{
    QCOMPARE(run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("caldav"),
                   QStringLiteral("--url"), QStringLiteral("https://cloud.example.org/"),
                   QStringLiteral("--user"), QStringLiteral("x") }),
             2);
    QVERIFY(m_err.contains(QStringLiteral("standard input")));
    QCOMPARE(json({ QStringLiteral("accounts") }).size(), 0);
}

void TestSyncCommands::calendarsListsThisComputersFirst()
{
    const QString team = addTeamCalendar();
    const QJsonArray calendars = json({ QStringLiteral("calendars") });
    QCOMPARE(calendars.size(), 2);
    const QJsonObject local = calendars.at(0).toObject();
    QCOMPARE(local.value(QStringLiteral("id")).toString(), QStringLiteral("local"));
    QVERIFY(local.value(QStringLiteral("default")).toBool());
    const QJsonObject shared = calendars.at(1).toObject();
    QCOMPARE(shared.value(QStringLiteral("id")).toString(), team);
    QCOMPARE(shared.value(QStringLiteral("name")).toString(), QStringLiteral("Team"));
    QCOMPARE(shared.value(QStringLiteral("access")).toString(), QStringLiteral("read-write"));
    QCOMPARE(shared.value(QStringLiteral("details")).toString(), QStringLiteral("notes-kept-local"));
    QVERIFY(!shared.value(QStringLiteral("account")).toString().isEmpty());
    QCOMPARE(run({ QStringLiteral("calendars") }), 0);
    QVERIFY(m_out.startsWith(QStringLiteral("* local")));
}

void TestSyncCommands::calendarsUseChoosesTargetAndDetails()
{
    const QString team = addTeamCalendar();
    QCOMPARE(run({ QStringLiteral("calendars"), QStringLiteral("use"), team, QStringLiteral("--details"),
                   QStringLiteral("busy") }),
             0);
    const QJsonObject chosen = json({ QStringLiteral("calendars") }).at(1).toObject();
    QVERIFY(chosen.value(QStringLiteral("default")).toBool());
    QCOMPARE(chosen.value(QStringLiteral("details")).toString(), QStringLiteral("busy"));
    QCOMPARE(run({ QStringLiteral("calendars"), QStringLiteral("use"), team, QStringLiteral("--details"),
                   QStringLiteral("alles") }),
             1);
    QCOMPARE(run({ QStringLiteral("calendars"), QStringLiteral("use"), QStringLiteral("nope") }), 2);
    QCOMPARE(run({ QStringLiteral("calendars"), QStringLiteral("hide"), team }), 0);
    QVERIFY(!json({ QStringLiteral("calendars") }).at(1).toObject().value(QStringLiteral("shown")).toBool());
}

void TestSyncCommands::addEditDeleteInATeamCalendarAreQueued()
{
    const QString team = addTeamCalendar();
    QCOMPARE(
        run({ QStringLiteral("add"), QStringLiteral("--calendar"), team, QStringLiteral("--title"),
              QStringLiteral("Erstgespräch"), QStringLiteral("--start"), QStringLiteral("2026-12-01T09:00"),
              QStringLiteral("--end"), QStringLiteral("2026-12-01T10:00"), QStringLiteral("--in-person"),
              QStringLiteral("--counselor"), QStringLiteral("anna") }),
        0);
    const QString uid = m_out.trimmed();
    SyncQueue queue(m_workspace->database());
    QCOMPARE(queue.count(), 1);
    std::optional<Appointment> stored = m_workspace->appointments().find(uid);
    QCOMPARE(stored->calendarId, team);
    QCOMPARE(stored->counselor, QStringLiteral("anna"));
    const qint64 firstSeq = queue.pending().constFirst().seq;

    QCOMPARE(run({ QStringLiteral("edit"), uid, QStringLiteral("--title"), QStringLiteral("Zweitgespräch"),
                   QStringLiteral("--start"), QStringLiteral("2026-12-01T09:30"), QStringLiteral("--status"),
                   QStringLiteral("done") }),
             0);
    stored = m_workspace->appointments().find(uid);
    QCOMPARE(stored->title, QStringLiteral("Zweitgespräch"));
    QCOMPARE(stored->start, QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC));
    QCOMPARE(stored->end, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    QCOMPARE(stored->status, AppointmentStatus::Done);
    QCOMPARE(queue.count(), 1);
    QVERIFY(queue.pending().constFirst().seq > firstSeq);
    QCOMPARE(run({ QStringLiteral("edit"), uid, QStringLiteral("--status"), QStringLiteral("vertagt") }), 1);
    QCOMPARE(
        run({ QStringLiteral("edit"), uid, QStringLiteral("--end"), QStringLiteral("2026-12-01T08:00") }), 2);

    QCOMPARE(run({ QStringLiteral("delete"), uid }), 0);
    QVERIFY(!m_workspace->appointments().find(uid));
    QCOMPARE(queue.pending().constFirst().uid, uid);
    QCOMPARE(run({ QStringLiteral("delete"), uid }), 2);
    QVERIFY(m_err.contains(uid));
}

void TestSyncCommands::readOnlyCalendarRefusesChanges()
{
    const QString shared = addTeamCalendar(true);
    QCOMPARE(
        run({ QStringLiteral("add"), QStringLiteral("--calendar"), shared, QStringLiteral("--title"),
              QStringLiteral("x"), QStringLiteral("--start"), QStringLiteral("2026-12-01T09:00"),
              QStringLiteral("--end"), QStringLiteral("2026-12-01T10:00"), QStringLiteral("--in-person") }),
        2);
    QVERIFY(m_err.contains(QStringLiteral("read-only")));
    Appointment fromServer;
    fromServer.uid = QStringLiteral("colleague-1");
    fromServer.title = QStringLiteral("Annas Termin");
    fromServer.calendarId = shared;
    fromServer.kind = SessionKind::InPerson;
    fromServer.start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    fromServer.end = fromServer.start.addSecs(3600);
    fromServer.timeZone = QStringLiteral("Europe/Berlin");
    QVERIFY(m_workspace->appointments().replaceAll({ fromServer.uid }, { fromServer }, nullptr,
                                                   AppointmentStore::Origin::Server));
    QCOMPARE(run({ QStringLiteral("edit"), fromServer.uid, QStringLiteral("--title"), QStringLiteral("y") }),
             2);
    QVERIFY(m_err.contains(QStringLiteral("read-only")));
    QCOMPARE(run({ QStringLiteral("delete"), fromServer.uid }), 2);
    QCOMPARE(m_workspace->appointments().find(fromServer.uid)->title, QStringLiteral("Annas Termin"));
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 0);
}

void TestSyncCommands::conflictsAreListedAndResolved()
{
    const QString team = addTeamCalendar();
    QCOMPARE(run({ QStringLiteral("conflicts") }), 0);
    QVERIFY(m_out.contains(QStringLiteral("No conflicts")));
    QCOMPARE(
        run({ QStringLiteral("add"), QStringLiteral("--calendar"), team, QStringLiteral("--title"),
              QStringLiteral("Meine Fassung"), QStringLiteral("--start"), QStringLiteral("2026-12-01T09:00"),
              QStringLiteral("--end"), QStringLiteral("2026-12-01T10:00"), QStringLiteral("--in-person") }),
        0);
    const QString uid = m_out.trimmed();
    const QByteArray theirs = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:" + uid.toUtf8()
        + "\r\nSUMMARY:Ihre Fassung\r\nDTSTART:20261201T100000Z\r\nDTEND:20261201T110000Z\r\n"
          "X-VIERAUGEN-KIND:in-person\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    SyncStore sync(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    QString error;
    QVERIFY2(sync.applyServerVersion(team, QStringLiteral("/x.ics"), QStringLiteral("\"2\""), theirs, &error),
             qPrintable(error));
    const QJsonArray conflicts = json({ QStringLiteral("conflicts") });
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject conflict = conflicts.at(0).toObject();
    QCOMPARE(conflict.value(QStringLiteral("uid")).toString(), uid);
    QCOMPARE(conflict.value(QStringLiteral("title")).toString(), QStringLiteral("Meine Fassung"));
    const QString id = QString::number(conflict.value(QStringLiteral("id")).toInteger());
    QCOMPARE(run({ QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--keep"),
                   QStringLiteral("beide") }),
             1);
    QCOMPARE(run({ QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--keep"),
                   QStringLiteral("mine") }),
             0);
    QCOMPARE(m_workspace->appointments().find(uid)->title, QStringLiteral("Meine Fassung"));
    QCOMPARE(json({ QStringLiteral("conflicts") }).size(), 0);
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 1);
}

void TestSyncCommands::syncReportsWhatWentUpAndCameDown()
{
    if (m_scenario == QLatin1String("locked"))
        QSKIP("needs an account, whose password needs a keychain");
    QCOMPARE(addRadicaleAccount(QStringLiteral("pw-anna")), 0);
    const QString team = teamCalendarId();
    const QString uid = addAppointment(team, QStringLiteral("Erstgespräch"));
    QByteArray output;
    QString error;
    QVERIFY2(m_server.runPeer(QStringLiteral("anna"),
                              { QStringLiteral("put"), QStringLiteral("/team/counseling/"),
                                QStringLiteral("phone-1"), QStringLiteral("Supervision"),
                                QStringLiteral("20261203T130000Z"), QStringLiteral("20261203T140000Z") },
                              &output, &error),
             qPrintable(error));

    QCOMPARE(run({ QStringLiteral("sync") }), 0);
    QVERIFY2(m_out.contains(team), qPrintable(m_out));
    QVERIFY2(m_out.contains(QStringLiteral("1 downloaded, 1 uploaded")), qPrintable(m_out));
    QVERIFY(m_err.isEmpty());
    QVERIFY(m_workspace->appointments().find(QStringLiteral("phone-1")));

    // Nothing changed since: nothing moves.
    const QJsonObject again = [this] {
        run({ QStringLiteral("sync"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(m_out.toUtf8()).object();
    }();
    const QJsonArray calendars = again[QLatin1String("calendars")].toArray();
    QCOMPARE(calendars.size(), 1);
    const QJsonObject calendar = calendars.at(0).toObject();
    QCOMPARE(calendar[QLatin1String("id")].toString(), team);
    QCOMPARE(calendar[QLatin1String("uploaded")].toInt(), 0);
    QCOMPARE(calendar[QLatin1String("downloaded")].toInt(), 0);
    QCOMPARE(calendar[QLatin1String("error")].toString(), QString());
    QCOMPARE(again[QLatin1String("waiting")].toInt(), 0);
    QVERIFY(m_workspace->appointments().find(uid));
}

void TestSyncCommands::syncWithoutAPasswordInTheKeychainSaysSoAndKeepsTheChange()
{
    // An account as a setup file brings it, whose password never reached this keychain.
    SyncStore sync(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    CalDavAccount account { {}, m_server.url(), QStringLiteral("anna"), QStringLiteral("Anna"), {} };
    QString error;
    QVERIFY2(sync.addAccount(account, &error), qPrintable(error));
    TeamCalendar team;
    team.accountId = account.id;
    team.url = m_server.url(QStringLiteral("/team/counseling/"));
    team.name = QStringLiteral("Beratung");
    QVERIFY2(sync.saveCalendar(team, &error), qPrintable(error));
    addAppointment(team.id, QStringLiteral("Wartet"));

    QCOMPARE(run({ QStringLiteral("sync") }), 2);
    QVERIFY2(m_err.contains(team.id), qPrintable(m_err));
    // Either the keychain's own explanation or that it has no password: never silence.
    QVERIFY2(m_err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(m_err));
    QVERIFY(m_err.contains(QStringLiteral("Nothing was lost")));
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 1);
    QVERIFY2(m_out.contains(QStringLiteral("1 change")), qPrintable(m_out));
}

void TestSyncCommands::syncWithTheServerAwayFailsAndKeepsTheChange()
{
    if (m_scenario == QLatin1String("locked"))
        QSKIP("needs an account, whose password needs a keychain");
    QCOMPARE(addRadicaleAccount(QStringLiteral("pw-anna")), 0);
    const QString team = teamCalendarId();
    addAppointment(team, QStringLiteral("Wartet"));
    m_server.stop();
    const int exitCode = run({ QStringLiteral("sync") });
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QCOMPARE(exitCode, 2);
    QVERIFY2(m_err.contains(QStringLiteral("reached")), qPrintable(m_err));
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 1);
    // The status bar's source says so too.
    SyncStore sync(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    QVERIFY(!sync.calendar(team)->lastError.isEmpty());

    QCOMPARE(run({ QStringLiteral("sync") }), 0);
    QCOMPARE(SyncQueue(m_workspace->database()).count(), 0);
    QVERIFY(sync.calendar(team)->lastError.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncCommands)
#include "tst_SyncCommands.moc"
