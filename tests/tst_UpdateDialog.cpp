#include "tests/support/LocalHttpServer.h"
#include "ui/shell/UpdateDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

// Help → Check for Updates shows the feed's answer: the newer version with its release notes and
// a way to the download page; without an address from the organization it asks nobody.
class TestUpdateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsNewerVersionWithReleaseNotes();
    void withoutFeedAsksNobodyAndSaysWhoCanSetIt();
};

void TestUpdateDialog::showsNewerVersionWithReleaseNotes()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("/release.json",
                    { 200,
                      R"({"version": "9.0.0", "date": "2027-03-01",
                                           "notes": "Team calendars over CalDAV.",
                                           "download": "https://vieraugen.de/download"})",
                      "application/json" });

    UpdateDialog dialog(server.url(QStringLiteral("/release.json")));
    dialog.show();
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("updateStatus"));
    auto* notes = dialog.findChild<QPlainTextEdit*>(QStringLiteral("releaseNotes"));
    auto* download = dialog.findChild<QPushButton*>(QStringLiteral("downloadButton"));
    QVERIFY(status && notes && download);

    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("9.0.0")), 20000);
    QVERIFY2(status->text().contains(QLatin1String("2027-03-01")), qPrintable(status->text()));
    QVERIFY(notes->isVisible());
    QCOMPARE(notes->toPlainText(), QStringLiteral("Team calendars over CalDAV."));
    QVERIFY(download->isVisible());
}

void TestUpdateDialog::withoutFeedAsksNobodyAndSaysWhoCanSetIt()
{
    UpdateDialog dialog { QUrl() };
    dialog.show();
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("updateStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QLatin1String("provisioning file")), qPrintable(status->text()));
    QVERIFY(!dialog.findChild<QPlainTextEdit*>(QStringLiteral("releaseNotes"))->isVisible());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("downloadButton"))->isVisible());
}

QTEST_MAIN(TestUpdateDialog)
#include "tst_UpdateDialog.moc"
