#include "core/base/Clock.h"
#include "core/base/DataLocation.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The shipped programs, run as a user or a script would run them.
class TestExecutables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guiAnswersVersionAndHelp();
    void cliHelpListsCommands();
    void cliProvisionWithoutSecretEnds_data();
    void cliProvisionWithoutSecretEnds();
    void guiCreatesCalendarAndLogOnFirstStart();
    void guiDoesNotLinkQtWebEngine();
    void guiShowsTheCalendarWithoutTheSessionModule();
    void programsStartWithoutMailAndPhoneLibraries();
    void secondLaunchIsHandedToTheFirst();

private:
    QProcessEnvironment environment() const;
    // A counselor's calendar in dataDir: count phone calls with their clients' numbers, every four
    // hours around now, so that the next appointment is always a call.
    static void writePhoneCalendar(const QString& dataDir, int count);
    static QString runToEnd(const QString& program, const QStringList& arguments, int* exitCode,
                            const QProcessEnvironment& environment
                            = QProcessEnvironment::systemEnvironment());

    QString m_gui;
    QString m_cli;
    QTemporaryDir m_home;
};

void TestExecutables::initTestCase()
{
    m_gui = qEnvironmentVariable("VIERAUGEN_GUI_EXECUTABLE");
    m_cli = qEnvironmentVariable("VIERAUGEN_CLI_EXECUTABLE");
    QVERIFY(QFile::exists(m_gui));
    QVERIFY(QFile::exists(m_cli));
}

QProcessEnvironment TestExecutables::environment() const
{
    // A throwaway home keeps the user's real settings out of reach.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void TestExecutables::writePhoneCalendar(const QString& dataDir, int count)
{
    const DataLocation location(dataDir);
    QString error;
    QVERIFY2(location.prepare(&error), qPrintable(error));
    Database database(QStringLiteral("phone-calendar"), CalendarSchema::migrations());
    QVERIFY2(database.open(location.databaseFile(), location.backupDirectory()),
             qPrintable(database.errorString()));
    AppointmentStore store(database, SystemClock::instance());
    const QDateTime now = SystemClock::instance().nowUtc();
    QList<Appointment> calls;
    for (int i = 0; i < count; ++i) {
        Appointment call;
        call.title = QStringLiteral("Telefonberatung %1").arg(i);
        call.kind = SessionKind::Phone;
        call.timeZone = QStringLiteral("Europe/Berlin");
        call.start = now.addSecs(qint64(i - count / 2) * 4 * 3600 + 1800);
        call.end = call.start.addSecs(50 * 60);
        call.participants = { { QStringLiteral("Frau K."), QString(), QStringLiteral("+4915123456789") } };
        calls.append(call);
    }
    int created = 0;
    int updated = 0;
    QVERIFY2(store.saveAll(calls, &created, &updated, &error), qPrintable(error));
}

QString TestExecutables::runToEnd(const QString& program, const QStringList& arguments, int* exitCode,
                                  const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return QString();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestExecutables::guiAnswersVersionAndHelp()
{
    int exitCode = -1;
    const QString version = runToEnd(m_gui, { QStringLiteral("--version") }, &exitCode, environment());
    QCOMPARE(exitCode, 0);
    QVERIFY2(version.contains(QStringLiteral(VIERAUGEN_VERSION)), qPrintable(version));

    const QString help = runToEnd(m_gui, { QStringLiteral("--help") }, &exitCode, environment());
    QCOMPARE(exitCode, 0);
    for (const char* option : { "--data-dir", "--open", "--screenshot", "--version" })
        QVERIFY2(help.contains(QLatin1String(option)), option);
}

void TestExecutables::cliHelpListsCommands()
{
    int exitCode = -1;
    const QString help = runToEnd(m_cli, { QStringLiteral("--help") }, &exitCode, environment());
    QCOMPARE(exitCode, 0);
    QVERIFY2(help.contains(QStringLiteral("Commands:")), qPrintable(help));
    QVERIFY(help.contains(QStringLiteral("info")));
}

void TestExecutables::cliProvisionWithoutSecretEnds_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("note");
    QTest::newRow("smtp") << QByteArray(R"({"smtp": {"host": "mail.example", "user": "beratung",
                                                      "from": "beratung@example.org"}})")
                          << QStringLiteral("Note: SMTP has no secret");
    QTest::newRow("sms") << QByteArray(R"({"sms": {"provider": "seven", "sender": "Beratung"}})")
                         << QStringLiteral("Note: SMS (seven) has no secret");
}

void TestExecutables::cliProvisionWithoutSecretEnds()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, note);
    QTemporaryDir data;
    const QString path = data.filePath(QStringLiteral("provision.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(file);
    out.close();
    int exitCode = -1;
    // runToEnd gives up after a minute and reports -1: the command hung.
    const QString output = runToEnd(m_cli,
                                    { QStringLiteral("--data-dir"), data.filePath(QStringLiteral("v")),
                                      QStringLiteral("provision"), path },
                                    &exitCode, environment());
    QCOMPARE(exitCode, 0);
    QVERIFY2(output.contains(note), qPrintable(output));
}

void TestExecutables::guiCreatesCalendarAndLogOnFirstStart()
{
    QTemporaryDir data;
    const QString shot = data.filePath(QStringLiteral("shot.png"));
    int exitCode = -1;
    runToEnd(m_gui,
             { QStringLiteral("--data-dir"), data.filePath(QStringLiteral("v")),
               QStringLiteral("--screenshot"), shot },
             &exitCode, environment());
    QCOMPARE(exitCode, 0);
    QVERIFY(QFile::exists(data.filePath(QStringLiteral("v/calendar.sqlite"))));
    QVERIFY(QFile::exists(data.filePath(QStringLiteral("v/logs/vieraugen.log"))));
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 640);
}

void TestExecutables::guiDoesNotLinkQtWebEngine()
{
#ifdef Q_OS_LINUX
    // Everything the program needs at start, its libraries' libraries included.
    int exitCode = -1;
    const QString libraries = runToEnd(QStringLiteral("ldd"), { m_gui }, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(libraries.contains(QStringLiteral("libQt6Widgets")), qPrintable(libraries));
    QVERIFY2(!libraries.contains(QStringLiteral("WebEngine")), qPrintable(libraries));
    QVERIFY2(!libraries.contains(QStringLiteral("WebChannel")), qPrintable(libraries));
#else
    QSKIP("ldd is Linux's");
#endif
}

void TestExecutables::guiShowsTheCalendarWithoutTheSessionModule()
{
    // The program alone in a folder, without the module beside it or in ../lib.
    QTemporaryDir data;
    const QString program = data.filePath(QFileInfo(m_gui).fileName());
    QVERIFY(QFile::copy(m_gui, program));
    const QString shot = data.filePath(QStringLiteral("shot.png"));
    int exitCode = -1;
    runToEnd(program,
             { QStringLiteral("--data-dir"), data.filePath(QStringLiteral("v")),
               QStringLiteral("--screenshot"), shot },
             &exitCode, environment());
    QCOMPARE(exitCode, 0);
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 640);
}

void TestExecutables::programsStartWithoutMailAndPhoneLibraries()
{
#ifdef Q_OS_LINUX
    // libcurl and libphonenumber (with protobuf) come with the module vieraugen-contact, on first need.
    const QStringList heavy
        = { QStringLiteral("libcurl"), QStringLiteral("libphonenumber"), QStringLiteral("libprotobuf") };
    for (const QString& program : { m_gui, m_cli }) {
        int exitCode = -1;
        const QString libraries = runToEnd(QStringLiteral("ldd"), { program }, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(libraries.contains(QStringLiteral("libQt6Core")), qPrintable(libraries));
        for (const QString& library : heavy)
            QVERIFY2(!libraries.contains(library), qPrintable(program + QStringLiteral(": ") + libraries));
    }

    // Nor does anything on the way to the shown calendar load them, with 10k appointments whose next is
    // a phone call: the dynamic loader lists every library the started program opens.
    QTemporaryDir data;
    writePhoneCalendar(data.filePath(QStringLiteral("v")), 10000);
    if (QTest::currentTestFailed())
        return;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), data.filePath(QStringLiteral("loader")));
    int exitCode = -1;
    runToEnd(m_gui,
             { QStringLiteral("--data-dir"), data.filePath(QStringLiteral("v")),
               QStringLiteral("--screenshot"), data.filePath(QStringLiteral("shot.png")) },
             &exitCode, env);
    QCOMPARE(exitCode, 0);
    QByteArray opened;
    for (const QFileInfo& file :
         QDir(data.path()).entryInfoList({ QStringLiteral("loader.*") }, QDir::Files)) {
        QFile log(file.filePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        opened += log.readAll();
    }
    QVERIFY2(opened.contains("libQt6Widgets"), opened.left(2000).constData());
    for (const QString& library : heavy)
        QVERIFY2(!opened.contains(library.toUtf8()), qPrintable(library));
#else
    QSKIP("ldd and LD_DEBUG are Linux's");
#endif
}

void TestExecutables::secondLaunchIsHandedToTheFirst()
{
    QTemporaryDir data;
    const QString folder = data.filePath(QStringLiteral("v"));
    const QString log = folder + QStringLiteral("/logs/vieraugen.log");
    const auto logContains = [&log](const char* text) {
        QFile file(log);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(text);
    };

    QProcess first;
    first.setProcessEnvironment(environment());
    first.start(m_gui, { QStringLiteral("--data-dir"), folder });
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(logContains("ready for further launches"), 30000);

    int exitCode = -1;
    runToEnd(m_gui,
             { QStringLiteral("--data-dir"), folder, QStringLiteral("--open"), QStringLiteral("uid-1") },
             &exitCode, environment());
    QCOMPARE(exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(logContains("another launch handed over 4 arguments"), 10000);
    QCOMPARE(first.state(), QProcess::Running);

    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_Executables.moc"
