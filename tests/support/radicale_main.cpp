// tests/support/RadicaleServer as a program of its own, for acceptance tests that drive the real
// vieraugen binary from outside (test code).
//
//     vieraugen-test-radicale --user NAME:PASSWORD … --calendar PATH:DISPLAY-NAME[:#COLOUR] …
//
// Starts a real Radicale on 127.0.0.1 (plain http, loopback) with these htpasswd users and
// calendars (rights as RadicaleServer describes them: /team/readonly* can only be read) and prints
// one JSON line: {"url", "storage"}. It stops the server and ends when stdin closes.
#include "tests/support/RadicaleServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("a user and their password"),
                                  QStringLiteral("name:password"));
    const QCommandLineOption calendar(QStringLiteral("calendar"), QStringLiteral("a calendar to create"),
                                      QStringLiteral("path:name[:#colour]"));
    parser.addOptions({ user, calendar });
    parser.addHelpOption();
    parser.process(app);

    RadicaleServer server;
    for (const QString& entry : parser.values(user))
        server.addUser(entry.section(QLatin1Char(':'), 0, 0), entry.section(QLatin1Char(':'), 1));
    QString error;
    for (const QString& entry : parser.values(calendar)) {
        if (!server.createCalendar(entry.section(QLatin1Char(':'), 0, 0),
                                   entry.section(QLatin1Char(':'), 1, 1),
                                   entry.section(QLatin1Char(':'), 2, 2), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QJsonObject started { { QStringLiteral("url"), server.url().toString() },
                                { QStringLiteral("storage"), server.storageFolder() } };
    std::fputs(QJsonDocument(started).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    QSocketNotifier stdinReady(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinReady, &QSocketNotifier::activated, &app, [&stdinReady] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            stdinReady.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    const int exitCode = QCoreApplication::exec();
    server.stop();
    return exitCode;
}
