#include "core/update/UpdateCheck.h"
#include "tests/support/LocalHttpServer.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

// "Check for Updates" asks the organization's release feed, a real HTTP server here, and tells the
// counselor whether a newer version exists and what changed; anything else is an error they can
// act on.
class TestUpdateCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newerReleaseComesWithItsNotes();
    void sameOrOlderReleaseIsUpToDate_data();
    void sameOrOlderReleaseIsUpToDate();
    void answerThatIsNoReleaseIsAnError();
    void unreachableServerIsAnError();
    void plainHttpElsewhereIsNeverAsked();
    void downloadPageOnlyOverHttps();

private:
    static UpdateCheck::Result check(const QUrl& feed, const QVersionNumber& running);
};

UpdateCheck::Result TestUpdateCheck::check(const QUrl& feed, const QVersionNumber& running)
{
    QNetworkAccessManager network;
    QObject context;
    std::optional<UpdateCheck::Result> result;
    UpdateCheck::fetch(network, feed, running, &context,
                       [&result](const UpdateCheck::Result& done) { result = done; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return {};
    return *result;
}

void TestUpdateCheck::newerReleaseComesWithItsNotes()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("/vieraugen/release.json",
                    { 200,
                      R"({"version": "0.2.0", "date": "2026-12-14",
                          "notes": "Team calendars over CalDAV.\nKnocking you cannot miss.",
                          "download": "https://vieraugen.de/download"})",
                      "application/json" });

    const UpdateCheck::Result result
        = check(server.url(QStringLiteral("/vieraugen/release.json")), QVersionNumber(0, 1, 0));

    QCOMPARE(result.outcome, UpdateCheck::Outcome::NewerAvailable);
    QCOMPARE(result.version, QVersionNumber(0, 2, 0));
    QCOMPARE(result.date, QStringLiteral("2026-12-14"));
    QCOMPARE(result.notes, QStringLiteral("Team calendars over CalDAV.\nKnocking you cannot miss."));
    QCOMPARE(result.download, QUrl(QStringLiteral("https://vieraugen.de/download")));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().method, QByteArray("GET"));
}

void TestUpdateCheck::sameOrOlderReleaseIsUpToDate_data()
{
    QTest::addColumn<QString>("published");
    QTest::newRow("same") << QStringLiteral("0.1.0");
    QTest::newRow("older") << QStringLiteral("0.0.9");
    QTest::newRow("same, written short") << QStringLiteral("0.1");
}

void TestUpdateCheck::sameOrOlderReleaseIsUpToDate()
{
    QFETCH(QString, published);
    const UpdateCheck::Result result = UpdateCheck::read(
        QStringLiteral(R"({"version": "%1"})").arg(published).toUtf8(), QVersionNumber(0, 1, 0));
    QCOMPARE(result.outcome, UpdateCheck::Outcome::UpToDate);
    QVERIFY(result.errorMessage.isEmpty());
}

void TestUpdateCheck::answerThatIsNoReleaseIsAnError()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setRoute("/release.json", { 200, "<html>Welcome to nginx!</html>", "text/html" });

    const UpdateCheck::Result result
        = check(server.url(QStringLiteral("/release.json")), QVersionNumber(0, 1, 0));

    QCOMPARE(result.outcome, UpdateCheck::Outcome::Failed);
    QVERIFY2(result.errorMessage.contains(QLatin1String("does not describe a release")),
             qPrintable(result.errorMessage));
}

void TestUpdateCheck::unreachableServerIsAnError()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    const UpdateCheck::Result result
        = check(server.url(QStringLiteral("/moved.json")), QVersionNumber(0, 1, 0));

    QCOMPARE(result.outcome, UpdateCheck::Outcome::Failed);
    QVERIFY2(result.errorMessage.contains(QLatin1String("could not be reached")),
             qPrintable(result.errorMessage));
}

// The feed tells which version the counselor runs; only https (or this computer) may hear that.
void TestUpdateCheck::plainHttpElsewhereIsNeverAsked()
{
    const UpdateCheck::Result result
        = check(QUrl(QStringLiteral("http://updates.example.org/release.json")), QVersionNumber(0, 1, 0));
    QCOMPARE(result.outcome, UpdateCheck::Outcome::Failed);
    QVERIFY2(result.errorMessage.contains(QLatin1String("not an https address")),
             qPrintable(result.errorMessage));
}

void TestUpdateCheck::downloadPageOnlyOverHttps()
{
    const UpdateCheck::Result result
        = UpdateCheck::read(R"({"version": "0.3.0", "download": "http://mirror.example.org/vieraugen.exe"})",
                            QVersionNumber(0, 1, 0));
    QCOMPARE(result.outcome, UpdateCheck::Outcome::NewerAvailable);
    QVERIFY(result.download.isEmpty());
}

QTEST_GUILESS_MAIN(TestUpdateCheck)
#include "tst_UpdateCheck.moc"
