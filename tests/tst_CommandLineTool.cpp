#include "core/cli/CommandLineTool.h"

#include <QDir>
#include <QFile>
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

private:
    int run(const QStringList& arguments);

    QString m_out;
    QString m_err;
    QTemporaryDir m_dir;
};

void TestCommandLineTool::init()
{
    m_out.clear();
    m_err.clear();
    qunsetenv("VIERAUGEN_DATA_DIR");
}

int TestCommandLineTool::run(const QStringList& arguments)
{
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    CommandLineTool tool(out, err);
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
    QVERIFY(m_out.contains(QStringLiteral("(schema 1)")));
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

QTEST_GUILESS_MAIN(TestCommandLineTool)
#include "tst_CommandLineTool.moc"
