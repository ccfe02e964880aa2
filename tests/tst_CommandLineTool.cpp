#include "core/calendar/CalendarSchema.h"
#include "core/cli/CommandLineTool.h"
#include "core/settings/Settings.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLineTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void helpListsCommands();
    void versionIsPrinted();
    void noCommandIsAUsageError();
    void unknownCommandIsAUsageError();
    void dataDirNeedsAValue();
    void infoCreatesTheCalendarWhereTold();
    void environmentVariableSelectsTheFolder();
    void unusableFolderIsADataError();
    void provisionRejectsABadFileAndChangesNothing();
    void provisionWithoutSecretsNeedsNoKeychain();
    void secretsCheckExplainsMissingKeychain();
    void profilesCommandNeedsList();
    void joinLinkGivesTheGuestLinkWithoutKeychain();
    void everyCommandAnswersHelp_data();
    void everyCommandAnswersHelp();
    void everyCommandRefusesAnUnknownOption_data();
    void everyCommandRefusesAnUnknownOption();
    void fileArgumentsAreCounted();

private:
    int run(const QStringList& arguments);

    QString m_out;
    QString m_err;
    QTemporaryDir m_dir;
    std::unique_ptr<TestWorkspace> m_workspace;
};

void TestCommandLineTool::init()
{
    m_out.clear();
    m_err.clear();
    m_workspace = std::make_unique<TestWorkspace>();
    qunsetenv("VIERAUGEN_DATA_DIR");
}

int TestCommandLineTool::run(const QStringList& arguments)
{
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    CommandLineTool tool(out, err, &m_workspace->settings());
    return tool.run(QStringList { QStringLiteral("vieraugen-cli") } + arguments);
}

void TestCommandLineTool::helpListsCommands()
{
    QCOMPARE(run({ QStringLiteral("--help") }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("Usage: vieraugen-cli")), qPrintable(m_out));
    QVERIFY2(m_out.contains(QStringLiteral("\n  info ")), qPrintable(m_out));
    QVERIFY(m_out.contains(QStringLiteral("--data-dir")));
    QVERIFY(m_err.isEmpty());
}

void TestCommandLineTool::versionIsPrinted()
{
    QCOMPARE(run({ QStringLiteral("--version") }), 0);
    QCOMPARE(m_out, QStringLiteral("vieraugen-cli " VIERAUGEN_VERSION "\n"));
}

void TestCommandLineTool::noCommandIsAUsageError()
{
    QCOMPARE(run({}), int(CommandLineTool::UsageError));
    QVERIFY(m_err.contains(QStringLiteral("Usage:")));
}

void TestCommandLineTool::unknownCommandIsAUsageError()
{
    QCOMPARE(run({ QStringLiteral("frobnicate") }), int(CommandLineTool::UsageError));
    QVERIFY(m_err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
    QCOMPARE(run({ QStringLiteral("--bogus"), QStringLiteral("info") }), int(CommandLineTool::UsageError));
}

void TestCommandLineTool::dataDirNeedsAValue()
{
    QCOMPARE(run({ QStringLiteral("--data-dir") }), int(CommandLineTool::UsageError));
    QVERIFY(m_err.contains(QStringLiteral("--data-dir")));
}

void TestCommandLineTool::infoCreatesTheCalendarWhereTold()
{
    const QString folder = m_dir.filePath(QStringLiteral("cli-data"));
    QCOMPARE(run({ QStringLiteral("--data-dir"), folder, QStringLiteral("info") }), 0);
    QVERIFY2(m_out.contains(QDir::toNativeSeparators(folder)), qPrintable(m_out));
    QVERIFY2(
        m_out.contains(QStringLiteral("(schema %1)").arg(CalendarSchema::migrations().constLast().version)),
        qPrintable(m_out));
    QVERIFY(QFile::exists(folder + QStringLiteral("/calendar.sqlite")));

    QCOMPARE(run({ QStringLiteral("--data-dir=") + folder, QStringLiteral("info"), QStringLiteral("extra") }),
             int(CommandLineTool::UsageError));
}

void TestCommandLineTool::environmentVariableSelectsTheFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("env-data"));
    qputenv("VIERAUGEN_DATA_DIR", QFile::encodeName(folder));
    QCOMPARE(run({ QStringLiteral("info") }), 0);
    QVERIFY(QFile::exists(folder + QStringLiteral("/calendar.sqlite")));
}

void TestCommandLineTool::unusableFolderIsADataError()
{
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(run({ QStringLiteral("--data-dir"), blocker, QStringLiteral("info") }),
             int(CommandLineTool::DataError));
    QVERIFY2(m_err.contains(QStringLiteral("cannot use its data folder")), qPrintable(m_err));
    QVERIFY(m_out.isEmpty());
}

void TestCommandLineTool::provisionRejectsABadFileAndChangesNothing()
{
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"servers": [{"id": "ok", "name": "Ok", "url": "https://ok.example", "auth": "none"},
                               {"id": "bad", "name": "Bad", "url": "http://bad.example", "auth": "none"}]})");
    out.close();
    QCOMPARE(run({ QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("d")),
                   QStringLiteral("provision"), file }),
             int(CommandLineTool::DataError));
    QVERIFY2(m_err.contains(QStringLiteral("server 2")), qPrintable(m_err));
    QVERIFY(m_err.contains(QStringLiteral("Nothing was changed.")));
    QVERIFY(m_workspace->settings().serverProfiles().isEmpty());

    QCOMPARE(run({ QStringLiteral("provision"), m_dir.filePath(QStringLiteral("missing.json")) }),
             int(CommandLineTool::DataError));
    QCOMPARE(run({ QStringLiteral("provision") }), int(CommandLineTool::UsageError));
}

void TestCommandLineTool::provisionWithoutSecretsNeedsNoKeychain()
{
    const QString file = m_dir.filePath(QStringLiteral("plain.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(
        R"({"servers": [{"id": "open", "name": "Offen", "url": "https://open.example", "auth": "none"}]})");
    out.close();
    QCOMPARE(run({ QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("d")),
                   QStringLiteral("provision"), file }),
             0);
    QVERIFY2(m_out.contains(QStringLiteral("Server \"Offen\" (open): created")), qPrintable(m_out));

    m_out.clear();
    QCOMPARE(run({ QStringLiteral("profiles"), QStringLiteral("list") }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("* open  Offen  https://open.example  no authentication")),
             qPrintable(m_out));
    m_out.clear();
    QCOMPARE(run({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json") }), 0);
    const QJsonArray profiles = QJsonDocument::fromJson(m_out.toUtf8()).array();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0)[QStringLiteral("id")].toString(), QStringLiteral("open"));
    QCOMPARE(profiles.at(0)[QStringLiteral("auth")].toString(), QStringLiteral("none"));
    QCOMPARE(profiles.at(0)[QStringLiteral("default")].toBool(), true);
    QCOMPARE(profiles.at(0)[QStringLiteral("hasAppSecret")].toBool(), false);
}

void TestCommandLineTool::joinLinkGivesTheGuestLinkWithoutKeychain()
{
    ServerProfile open;
    open.id = QStringLiteral("open");
    open.name = QStringLiteral("Offen");
    open.baseUrl = QUrl(QStringLiteral("https://open.example/team/"));
    open.auth = ServerProfile::AuthMode::None;
    m_workspace->settings().saveServerProfile(open);
    const QString dataDir = QStringLiteral("--data-dir=") + m_dir.filePath(QStringLiteral("links"));
    QCOMPARE(run({ dataDir, QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Beratung"),
                   QStringLiteral("--start"), QStringLiteral("2026-12-01T10:00"), QStringLiteral("--end"),
                   QStringLiteral("2026-12-01T11:00"), QStringLiteral("--jitsi"), QStringLiteral("open") }),
             0);
    const QString uid = m_out.trimmed();
    m_out.clear();
    QCOMPARE(run({ dataDir, QStringLiteral("join-link"), uid }), 0);
    const QUrl link(m_out.trimmed());
    QCOMPARE(link.host(), QStringLiteral("open.example"));
    QVERIFY2(link.path().startsWith(QLatin1String("/team/")) && link.path().size() == 6 + 26,
             qPrintable(m_out));
    QVERIFY(!link.hasQuery());

    // The moderator link needs the keychain (install key; here, in the locked scenario, none).
    m_out.clear();
    QCOMPARE(run({ dataDir, QStringLiteral("join-link"), uid, QStringLiteral("--role"),
                   QStringLiteral("moderator") }),
             int(CommandLineTool::DataError));
    QVERIFY2(m_err.contains(QLatin1String("keychain")), qPrintable(m_err));
    QVERIFY(m_out.isEmpty());

    QCOMPARE(
        run({ dataDir, QStringLiteral("join-link"), uid, QStringLiteral("--role"), QStringLiteral("owner") }),
        int(CommandLineTool::UsageError));
    QCOMPARE(run({ dataDir, QStringLiteral("join-link"), QStringLiteral("no-such-uid") }),
             int(CommandLineTool::DataError));
    m_out.clear();
    QCOMPARE(run({ dataDir, QStringLiteral("join-link"), QStringLiteral("--help") }), 0);
    QVERIFY(m_out.contains(QLatin1String("never send it to anyone")));
}

void TestCommandLineTool::secretsCheckExplainsMissingKeychain()
{
    if (qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO") != QLatin1String("locked"))
        QSKIP("needs the locked keychain scenario");
    QCOMPARE(run({ QStringLiteral("secrets"), QStringLiteral("check") }), int(CommandLineTool::DataError));
    QVERIFY(m_out.contains(QStringLiteral("Secure storage: not available")));
    QVERIFY2(m_err.contains(QStringLiteral("No secure storage")), qPrintable(m_err));
}

void TestCommandLineTool::profilesCommandNeedsList()
{
    QCOMPARE(run({ QStringLiteral("profiles") }), int(CommandLineTool::UsageError));
    QCOMPARE(run({ QStringLiteral("secrets"), QStringLiteral("show") }), int(CommandLineTool::UsageError));
    QCOMPARE(run({ QStringLiteral("profiles"), QStringLiteral("list") }), 0);
    QVERIFY(m_out.contains(QStringLiteral("No server profiles")));
}

// Every command of the tool, so that a command added later is walked as well.
static void addEveryCommand()
{
    QTest::addColumn<QString>("command");
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    TestWorkspace workspace;
    for (const QString& name : CommandLineTool(outStream, errStream, &workspace.settings()).commandNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestCommandLineTool::everyCommandAnswersHelp_data()
{
    addEveryCommand();
}

void TestCommandLineTool::everyCommandAnswersHelp()
{
    QFETCH(QString, command);
    // Run where a file named "--help" would show up, had a command taken the word for a file name.
    QTemporaryDir workingDirectory;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(workingDirectory.path()));
    const auto restoreDirectory = qScopeGuard([&previous] { QDir::setCurrent(previous); });
    const QString dataDir = QStringLiteral("--data-dir=") + m_dir.filePath(QStringLiteral("help"));
    for (const QString& help : { QStringLiteral("--help"), QStringLiteral("-h") }) {
        m_out.clear();
        m_err.clear();
        QCOMPARE(run({ dataDir, command, help }), 0);
        QVERIFY2(m_out.startsWith(QStringLiteral("Usage: vieraugen-cli ") + command + QLatin1Char(' ')),
                 qPrintable(m_out));
        QVERIFY2(m_out.contains(QStringLiteral("--help")), qPrintable(m_out));
        QVERIFY2(m_err.isEmpty(), qPrintable(m_err));
    }
    QCOMPARE(QDir(workingDirectory.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void TestCommandLineTool::everyCommandRefusesAnUnknownOption_data()
{
    addEveryCommand();
}

void TestCommandLineTool::everyCommandRefusesAnUnknownOption()
{
    QFETCH(QString, command);
    QTemporaryDir workingDirectory;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(workingDirectory.path()));
    const auto restoreDirectory = qScopeGuard([&previous] { QDir::setCurrent(previous); });
    const QString dataDir = QStringLiteral("--data-dir=") + m_dir.filePath(QStringLiteral("unknown"));
    QCOMPARE(run({ dataDir, command, QStringLiteral("--no-such-option") }), int(CommandLineTool::UsageError));
    QVERIFY2(m_err.startsWith(QStringLiteral("Unknown option 'no-such-option'.")), qPrintable(m_err));
    QVERIFY2(m_err.contains(QStringLiteral("Usage: vieraugen-cli ") + command), qPrintable(m_err));
    QVERIFY(m_out.isEmpty());
    QCOMPARE(QDir(workingDirectory.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void TestCommandLineTool::fileArgumentsAreCounted()
{
    const QString dataDir = QStringLiteral("--data-dir=") + m_dir.filePath(QStringLiteral("files"));
    QCOMPARE(run({ dataDir, QStringLiteral("backup") }), int(CommandLineTool::UsageError));
    QVERIFY2(m_err.startsWith(QStringLiteral("FILE is missing.")), qPrintable(m_err));
    m_err.clear();
    QCOMPARE(run({ dataDir, QStringLiteral("import"), QStringLiteral("a.ics"), QStringLiteral("b.ics") }),
             int(CommandLineTool::UsageError));
    QVERIFY2(m_err.startsWith(QStringLiteral("Unexpected argument \"b.ics\".")), qPrintable(m_err));
    m_err.clear();
    QCOMPARE(run({ dataDir, QStringLiteral("info"), QStringLiteral("extra") }),
             int(CommandLineTool::UsageError));
    QVERIFY2(m_err.startsWith(QStringLiteral("Unexpected argument \"extra\".")), qPrintable(m_err));

    // A file whose name starts with "-" is still reachable after "--".
    const QString backup = m_dir.filePath(QStringLiteral("-copy.sqlite"));
    QCOMPARE(run({ dataDir, QStringLiteral("backup"), QStringLiteral("--"), backup }), 0);
    QVERIFY(QFile::exists(backup));
}

QTEST_GUILESS_MAIN(TestCommandLineTool)
#include "tst_CommandLineTool.moc"
