#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

// The desktop integration files are what distributions and software centres read; they must
// validate and agree on one application id.
class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void desktopFileValidates();
    void metainfoValidates();
    void oneApplicationIdEverywhere();
    void releaseNotesNameThisVersion();

private:
    QString packagingFile(const QString& suffix) const
    {
        return m_sourceDir + QStringLiteral("/packaging/") + m_appId + suffix;
    }
    static void runValidator(const QString& program, const QStringList& arguments);

    QString m_sourceDir;
    QString m_appId;
};

void TestPackaging::initTestCase()
{
    m_sourceDir = qEnvironmentVariable("VIERAUGEN_SOURCE_DIR");
    m_appId = qEnvironmentVariable("VIERAUGEN_APP_ID");
    QVERIFY(!m_sourceDir.isEmpty());
    QCOMPARE(m_appId, QStringLiteral(VIERAUGEN_APP_ID));
}

void TestPackaging::runValidator(const QString& program, const QStringList& arguments)
{
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty())
        QSKIP(qPrintable(program + QStringLiteral(" is not installed")));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable, arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
}

void TestPackaging::desktopFileValidates()
{
    runValidator(QStringLiteral("desktop-file-validate"), { packagingFile(QStringLiteral(".desktop")) });
}

void TestPackaging::metainfoValidates()
{
    runValidator(QStringLiteral("appstreamcli"),
                 { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                   packagingFile(QStringLiteral(".metainfo.xml")) });
}

void TestPackaging::oneApplicationIdEverywhere()
{
    QSettings desktop(packagingFile(QStringLiteral(".desktop")), QSettings::IniFormat);
    desktop.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(desktop.value(QStringLiteral("Icon")).toString(), m_appId);
    QVERIFY(desktop.value(QStringLiteral("Exec")).toString().startsWith(QStringLiteral("vieraugen ")));

    QFile metainfo(packagingFile(QStringLiteral(".metainfo.xml")));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    QString id;
    QString launchable;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("id"))
            id = xml.readElementText();
        else if (xml.name() == QLatin1String("launchable"))
            launchable = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, m_appId);
    QCOMPARE(launchable, m_appId + QStringLiteral(".desktop"));

    QFile plist(m_sourceDir + QStringLiteral("/packaging/macos/Info.plist.in"));
    QVERIFY(plist.open(QIODevice::ReadOnly));
    const QByteArray plistText = plist.readAll();
    QVERIFY(plistText.contains("NSCameraUsageDescription"));
    QVERIFY(plistText.contains("NSMicrophoneUsageDescription"));
}

// The Debian changelog and the AppStream releases are the release notes users see (apt,
// software centres); both must start with the version being built.
void TestPackaging::releaseNotesNameThisVersion()
{
    QFile changelog(m_sourceDir + QStringLiteral("/packaging/debian/changelog"));
    QVERIFY(changelog.open(QIODevice::ReadOnly));
    const QByteArray firstLine = changelog.readLine();
    QVERIFY2(firstLine.startsWith("vieraugen (" VIERAUGEN_VERSION ") "), firstLine.constData());

    QFile metainfo(packagingFile(QStringLiteral(".metainfo.xml")));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    while (!xml.atEnd()
           && !(xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("release")))
        ;
    QVERIFY2(!xml.atEnd(), "the metainfo has no <release>");
    QCOMPARE(xml.attributes().value(QLatin1String("version")).toString(), QStringLiteral(VIERAUGEN_VERSION));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_Packaging.moc"
