#include "tests/support/RadicaleServer.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>

// A day with a team calendar, as two counselors live it: each has a data folder of their own and
// their password in the keychain (the private gnome-keyring of the test), and works only through
// vieraugen-cli against a real Radicale; python3-caldav is a third program on the same calendar.
// Appointments are generated from a seed, so every run covers many titles, times and edits.
class TestTeamCalendarDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void whatOneDoesTheOtherSees();
    void bothEditingTheSameAppointmentIsOneConflictAndLosesNothing();
    void anotherProgramChangesTimeAndTitleAndOurPropertiesStay();
    void aSyncKilledMidwayLosesNothing();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    struct Counselor
    {
        QString user;
        QString password;
        std::unique_ptr<QTemporaryDir> folder;
        QString calendarId;
    };
    QStringList command(const Counselor& who, const QStringList& arguments) const;
    Result cli(const Counselor& who, const QStringList& arguments, const QString& input = {}) const;
    QJsonDocument json(const Counselor& who, const QStringList& arguments) const;
    // uid → (title, start, end, kind) of everything in the counselor's team calendar.
    std::map<QString, QStringList> appointments(const Counselor& who) const;
    QString add(const Counselor& who, const QString& title, const QDateTime& start, int minutes,
                const QStringList& more = {});
    QJsonObject syncReport(const Counselor& who);
    QString randomTitle();
    QDateTime randomStart();
    QJsonArray serverEvents() const;

    RadicaleServer m_server;
    QString m_cliPath;
    int m_calendarNumber = 0;
    QString m_calendarPath;
    Counselor m_anna;
    Counselor m_ben;
    QRandomGenerator m_random;
};

void TestTeamCalendarDay::initTestCase()
{
    m_cliPath = qEnvironmentVariable("VIERAUGEN_CLI_EXECUTABLE");
    QVERIFY2(QFileInfo(m_cliPath).isExecutable(), "VIERAUGEN_CLI_EXECUTABLE names no program");
    m_anna = { QStringLiteral("anna"), QStringLiteral("pw-anna-ä"), nullptr, {} };
    m_ben = { QStringLiteral("ben"), QStringLiteral("pw-ben"), nullptr, {} };
    m_server.addUser(m_anna.user, m_anna.password);
    m_server.addUser(m_ben.user, m_ben.password);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    const quint32 seed = qEnvironmentVariableIsSet("VIERAUGEN_SEED")
        ? qEnvironmentVariableIntValue("VIERAUGEN_SEED")
        : QRandomGenerator::global()->generate();
    qInfo("seed %u (repeat with VIERAUGEN_SEED=%u)", seed, seed);
    m_random.seed(seed);
}

void TestTeamCalendarDay::init()
{
    // A fresh team calendar and fresh data folders per test; each counselor adds the calendar by
    // its own address, the password going to the keychain.
    m_calendarPath = QStringLiteral("/team/beratung-%1/").arg(++m_calendarNumber);
    QString error;
    QVERIFY2(m_server.createCalendar(m_calendarPath.mid(1).chopped(1), QStringLiteral("Beratung"),
                                     QStringLiteral("#2e8b57"), &error),
             qPrintable(error));
    for (Counselor* who : { &m_anna, &m_ben }) {
        who->folder = std::make_unique<QTemporaryDir>();
        const Result added = cli(*who,
                                 { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("caldav"),
                                   QStringLiteral("--url"), m_server.url(m_calendarPath).toString(),
                                   QStringLiteral("--user"), who->user },
                                 who->password + QLatin1Char('\n'));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(!added.out.contains(who->password));
        const QJsonArray calendars = json(*who, { QStringLiteral("calendars") }).array();
        QCOMPARE(calendars.size(), 2);
        who->calendarId = calendars.at(1)[QLatin1String("id")].toString();
        QCOMPARE(cli(*who, { QStringLiteral("calendars"), QStringLiteral("use"), who->calendarId }).exitCode,
                 0);
    }
}

void TestTeamCalendarDay::cleanup()
{
    m_anna.folder.reset();
    m_ben.folder.reset();
}

QStringList TestTeamCalendarDay::command(const Counselor& who, const QStringList& arguments) const
{
    return QStringList { QStringLiteral("--data-dir"), who.folder->path() } + arguments;
}

TestTeamCalendarDay::Result TestTeamCalendarDay::cli(const Counselor& who, const QStringList& arguments,
                                                     const QString& input) const
{
    QProcess process;
    process.start(m_cliPath, command(who, arguments));
    process.write(input.toUtf8());
    process.closeWriteChannel();
    Result result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("vieraugen-cli did not finish: ") + arguments.join(QLatin1Char(' '));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (result.exitCode != 0)
        qWarning("vieraugen-cli %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 qPrintable(result.err));
    return result;
}

QJsonDocument TestTeamCalendarDay::json(const Counselor& who, const QStringList& arguments) const
{
    const Result result = cli(who, arguments + QStringList { QStringLiteral("--json") });
    if (result.exitCode != 0)
        qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8());
}

std::map<QString, QStringList> TestTeamCalendarDay::appointments(const Counselor& who) const
{
    std::map<QString, QStringList> all;
    const QJsonArray listed
        = json(who,
               { QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2028-01-01") })
              .array();
    for (const QJsonValue& value : listed) {
        const QJsonObject appointment = value.toObject();
        all[appointment[QLatin1String("uid")].toString()]
            = { appointment[QLatin1String("title")].toString(),
                appointment[QLatin1String("start")].toString(), appointment[QLatin1String("end")].toString(),
                appointment[QLatin1String("kind")].toString() };
    }
    return all;
}

QString TestTeamCalendarDay::add(const Counselor& who, const QString& title, const QDateTime& start,
                                 int minutes, const QStringList& more)
{
    const Result added
        = cli(who,
              QStringList { QStringLiteral("add"), QStringLiteral("--title"), title,
                            QStringLiteral("--start"), start.toString(Qt::ISODate), QStringLiteral("--end"),
                            start.addSecs(60 * minutes).toString(Qt::ISODate) }
                  + (more.isEmpty() ? QStringList { QStringLiteral("--in-person") } : more));
    if (added.exitCode != 0)
        qWarning("add: %s", qPrintable(added.err));
    return added.out.trimmed();
}

QJsonObject TestTeamCalendarDay::syncReport(const Counselor& who)
{
    const Result synced = cli(who, { QStringLiteral("sync"), QStringLiteral("--json") });
    if (synced.exitCode != 0)
        qWarning("sync as %s: %s", qPrintable(who.user), qPrintable(synced.err));
    const QJsonArray calendars
        = QJsonDocument::fromJson(synced.out.toUtf8())[QLatin1String("calendars")].toArray();
    QJsonObject report = calendars.isEmpty() ? QJsonObject() : calendars.at(0).toObject();
    report.insert(QStringLiteral("exitCode"), synced.exitCode);
    report.insert(QStringLiteral("waiting"),
                  QJsonDocument::fromJson(synced.out.toUtf8())[QLatin1String("waiting")].toInt());
    return report;
}

QString TestTeamCalendarDay::randomTitle()
{
    static const QStringList words {
        QStringLiteral("Erstgespräch"),    QStringLiteral("Paarberatung"),
        QStringLiteral("Nachgespräch"),    QStringLiteral("Supervision"),
        QStringLiteral("Krisengespräch"),  QStringLiteral("Gruppe „Mut“"),
        QStringLiteral("Übergabe; Team"),  QStringLiteral("Fallbesprechung, kurz"),
        QStringLiteral("Müller\\Schmidt"), QStringLiteral("Beratung 😊")
    };
    return words.at(m_random.bounded(words.size())) + QLatin1Char(' ')
        + QString::number(m_random.bounded(1000));
}

QDateTime TestTeamCalendarDay::randomStart()
{
    // Local times (Europe/Berlin) over a year, on the quarter hour: both sides of DST.
    const QDate day = QDate(2026, 12, 1).addDays(m_random.bounded(365));
    return QDateTime(day, QTime(7 + m_random.bounded(12), 15 * m_random.bounded(4)));
}

QJsonArray TestTeamCalendarDay::serverEvents() const
{
    QByteArray output;
    QString error;
    if (!m_server.runPeer(m_anna.user, { QStringLiteral("list"), m_calendarPath }, &output, &error))
        qWarning() << error;
    return QJsonDocument::fromJson(output).array();
}

void TestTeamCalendarDay::whatOneDoesTheOtherSees()
{
    // Anna books, moves and cancels; Ben sees exactly her calendar; then the other way round.
    QStringList uids;
    for (int i = 0; i < 12; ++i)
        uids << add(m_anna, randomTitle(), randomStart(), 15 * (1 + m_random.bounded(8)));
    QCOMPARE(syncReport(m_anna)[QLatin1String("uploaded")].toInt(), 12);
    for (int i = 0; i < 4; ++i) {
        const QDateTime start = randomStart();
        QCOMPARE(cli(m_anna,
                     { QStringLiteral("edit"), uids.at(i), QStringLiteral("--title"), randomTitle(),
                       QStringLiteral("--start"), start.toString(Qt::ISODate), QStringLiteral("--end"),
                       start.addSecs(3000).toString(Qt::ISODate) })
                     .exitCode,
                 0);
    }
    QCOMPARE(cli(m_anna, { QStringLiteral("delete"), uids.at(10) }).exitCode, 0);
    QCOMPARE(cli(m_anna, { QStringLiteral("delete"), uids.at(11) }).exitCode, 0);
    const QJsonObject annas = syncReport(m_anna);
    QCOMPARE(annas[QLatin1String("exitCode")].toInt(), 0);
    QCOMPARE(annas[QLatin1String("uploaded")].toInt(), 4);
    QCOMPARE(annas[QLatin1String("deleted")].toInt(), 2);
    QCOMPARE(serverEvents().size(), 10);

    const QJsonObject bens = syncReport(m_ben);
    QCOMPARE(bens[QLatin1String("exitCode")].toInt(), 0);
    QCOMPARE(bens[QLatin1String("downloaded")].toInt(), 10);
    QCOMPARE(appointments(m_ben), appointments(m_anna));

    // Ben changes and cancels too; Anna gets it.
    const QDateTime start = randomStart();
    QCOMPARE(cli(m_ben,
                 { QStringLiteral("edit"), uids.at(5), QStringLiteral("--title"), randomTitle(),
                   QStringLiteral("--start"), start.toString(Qt::ISODate), QStringLiteral("--end"),
                   start.addSecs(1800).toString(Qt::ISODate) })
                 .exitCode,
             0);
    QCOMPARE(cli(m_ben, { QStringLiteral("delete"), uids.at(6) }).exitCode, 0);
    add(m_ben, randomTitle(), randomStart(), 50);
    QCOMPARE(syncReport(m_ben)[QLatin1String("exitCode")].toInt(), 0);
    const QJsonObject annaAgain = syncReport(m_anna);
    QCOMPARE(annaAgain[QLatin1String("downloaded")].toInt(), 2);
    QCOMPARE(annaAgain[QLatin1String("deleted")].toInt(), 1);
    QCOMPARE(appointments(m_anna), appointments(m_ben));
    QCOMPARE(appointments(m_anna).size(), size_t(10));
}

void TestTeamCalendarDay::bothEditingTheSameAppointmentIsOneConflictAndLosesNothing()
{
    const QString uid = add(m_anna, randomTitle(), randomStart(), 50);
    QCOMPARE(syncReport(m_anna)[QLatin1String("exitCode")].toInt(), 0);
    QCOMPARE(syncReport(m_ben)[QLatin1String("exitCode")].toInt(), 0);

    const QString annasTitle = randomTitle() + QStringLiteral(" (Anna)");
    const QString bensTitle = randomTitle() + QStringLiteral(" (Ben)");
    QCOMPARE(cli(m_anna, { QStringLiteral("edit"), uid, QStringLiteral("--title"), annasTitle }).exitCode, 0);
    QCOMPARE(cli(m_ben, { QStringLiteral("edit"), uid, QStringLiteral("--title"), bensTitle }).exitCode, 0);
    QCOMPARE(syncReport(m_anna)[QLatin1String("exitCode")].toInt(), 0);
    const QJsonObject bens = syncReport(m_ben);
    QCOMPARE(bens[QLatin1String("exitCode")].toInt(), 0);
    QCOMPARE(bens[QLatin1String("conflicts")].toInt(), 1);
    QCOMPARE(bens[QLatin1String("waiting")].toInt(), 0);

    // The server's (Anna's) version is in Ben's calendar; his own is kept as the one conflict.
    QCOMPARE(appointments(m_ben).at(uid).constFirst(), annasTitle);
    const QJsonArray conflicts = json(m_ben, { QStringLiteral("conflicts") }).array();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0)[QLatin1String("uid")].toString(), uid);
    QCOMPARE(conflicts.at(0)[QLatin1String("title")].toString(), bensTitle);
    QVERIFY(json(m_anna, { QStringLiteral("conflicts") }).array().isEmpty());
    const Result listed = cli(m_ben, { QStringLiteral("conflicts") });
    QVERIFY(listed.out.contains(bensTitle));

    // Ben keeps his: it reaches the server and Anna.
    QCOMPARE(cli(m_ben,
                 { QStringLiteral("conflicts"), QStringLiteral("resolve"),
                   QString::number(conflicts.at(0)[QLatin1String("id")].toInteger()),
                   QStringLiteral("--keep"), QStringLiteral("mine") })
                 .exitCode,
             0);
    QCOMPARE(syncReport(m_ben)[QLatin1String("uploaded")].toInt(), 1);
    QCOMPARE(syncReport(m_anna)[QLatin1String("downloaded")].toInt(), 1);
    QCOMPARE(appointments(m_anna).at(uid).constFirst(), bensTitle);
    QCOMPARE(appointments(m_anna), appointments(m_ben));
}

void TestTeamCalendarDay::anotherProgramChangesTimeAndTitleAndOurPropertiesStay()
{
    const QString uid = add(m_anna, randomTitle(), randomStart(), 50,
                            { QStringLiteral("--phone"), QStringLiteral("--counselor"), m_anna.user });
    QCOMPARE(syncReport(m_anna)[QLatin1String("exitCode")].toInt(), 0);
    const auto onServer = [this, &uid]() -> QString {
        for (const QJsonValue& event : serverEvents()) {
            if (event[QLatin1String("uid")].toString() == uid)
                return event[QLatin1String("data")].toString();
        }
        return {};
    };
    QVERIFY(onServer().contains(QLatin1String("X-VIERAUGEN-KIND:phone")));

    // A calendar program moves it and renames it, keeping what it does not know.
    QByteArray output;
    QString error;
    QVERIFY2(
        m_server.runPeer(m_ben.user,
                         { QStringLiteral("retime"), m_calendarPath, uid, QStringLiteral("Verlegt (Telefon)"),
                           QStringLiteral("20270310T130000Z"), QStringLiteral("20270310T140000Z") },
                         &output, &error),
        qPrintable(error));
    QCOMPARE(syncReport(m_anna)[QLatin1String("downloaded")].toInt(), 1);
    QStringList annas = appointments(m_anna).at(uid);
    QCOMPARE(annas.at(0), QStringLiteral("Verlegt (Telefon)"));
    QCOMPARE(QDateTime::fromString(annas.at(1), Qt::ISODate).toUTC(),
             QDateTime(QDate(2027, 3, 10), QTime(13, 0), Qt::UTC));
    QCOMPARE(annas.at(3), QStringLiteral("phone"));

    // A program that rewrites the whole event without Vieraugen's properties: the new time and
    // title come, kind and counselor stay, and go up again with Anna's next change.
    QVERIFY2(m_server.runPeer(m_ben.user,
                              { QStringLiteral("put"), m_calendarPath, uid, QStringLiteral("Neu geschrieben"),
                                QStringLiteral("20270311T090000Z"), QStringLiteral("20270311T100000Z") },
                              &output, &error),
             qPrintable(error));
    QVERIFY(!onServer().contains(QLatin1String("X-VIERAUGEN")));
    QCOMPARE(syncReport(m_anna)[QLatin1String("downloaded")].toInt(), 1);
    annas = appointments(m_anna).at(uid);
    QCOMPARE(annas.at(0), QStringLiteral("Neu geschrieben"));
    QCOMPARE(QDateTime::fromString(annas.at(1), Qt::ISODate).toUTC(),
             QDateTime(QDate(2027, 3, 11), QTime(9, 0), Qt::UTC));
    QCOMPARE(annas.at(3), QStringLiteral("phone"));
    QCOMPARE(cli(m_anna, { QStringLiteral("edit"), uid, QStringLiteral("--status"), QStringLiteral("done") })
                 .exitCode,
             0);
    QCOMPARE(syncReport(m_anna)[QLatin1String("uploaded")].toInt(), 1);
    const QString data = onServer();
    QVERIFY2(data.contains(QLatin1String("X-VIERAUGEN-KIND:phone")), qPrintable(data));
    QVERIFY2(data.contains(QLatin1String("X-VIERAUGEN-COUNSELOR")), qPrintable(data));
    QVERIFY2(data.contains(QLatin1String("Neu geschrieben")), qPrintable(data));
    QVERIFY(json(m_anna, { QStringLiteral("conflicts") }).array().isEmpty());
}

void TestTeamCalendarDay::aSyncKilledMidwayLosesNothing()
{
    for (int i = 0; i < 60; ++i)
        add(m_anna, randomTitle(), randomStart(), 50);
    const std::map<QString, QStringList> annas = appointments(m_anna);
    QCOMPARE(annas.size(), size_t(60));

    // Killed (SIGKILL: no chance to tidy up) once the server holds some of the changes.
    const QString collection = m_server.storageFolder() + m_calendarPath;
    const auto onServer = [&collection] {
        return QDir(collection).entryList({ QStringLiteral("*.ics") }, QDir::Files).size();
    };
    QProcess sync;
    sync.start(m_cliPath, command(m_anna, { QStringLiteral("sync") }));
    QVERIFY(sync.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return onServer() > 0 || sync.state() != QProcess::Running; }, 60000));
    const bool killedMidway = sync.state() == QProcess::Running;
    sync.kill();
    sync.waitForFinished();
    if (!killedMidway)
        QSKIP("the sync finished before it could be killed");

    const QJsonObject again = syncReport(m_anna);
    QCOMPARE(again[QLatin1String("exitCode")].toInt(), 0);
    QCOMPARE(again[QLatin1String("waiting")].toInt(), 0);
    QCOMPARE(onServer(), 60);
    QCOMPARE(appointments(m_anna), annas);
    // What reached the server just before the kill is no conflict with itself.
    QVERIFY(json(m_anna, { QStringLiteral("conflicts") }).array().isEmpty());
    QCOMPARE(syncReport(m_ben)[QLatin1String("downloaded")].toInt(), 60);
    QCOMPARE(appointments(m_ben), annas);
}

QTEST_GUILESS_MAIN(TestTeamCalendarDay)
#include "tst_TeamCalendarDay.moc"
