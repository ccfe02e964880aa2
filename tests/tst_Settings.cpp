#include "core/settings/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesSurviveARestart();
    void emptyLanguageMeansSystem();
};

void TestSettings::valuesSurviveARestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(file);
        QCOMPARE(settings.fileName(), file);
        settings.setUiLanguage(QStringLiteral("de"));
        settings.setMainWindowGeometry(QByteArray("\x01\x02geometry", 10));
        settings.setMainWindowState(QByteArray("state"));
        settings.sync();
    }
    QVERIFY(QFile::exists(file));
    const Settings settings(file);
    QCOMPARE(settings.uiLanguage(), QStringLiteral("de"));
    QCOMPARE(settings.mainWindowGeometry(), QByteArray("\x01\x02geometry", 10));
    QCOMPARE(settings.mainWindowState(), QByteArray("state"));
}

void TestSettings::emptyLanguageMeansSystem()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(settings.uiLanguage(), QString());
    settings.setUiLanguage(QStringLiteral("en"));
    settings.setUiLanguage(QString());
    QCOMPARE(settings.uiLanguage(), QString());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_Settings.moc"
