// The stand-in Jitsi server as a program of its own, for acceptance tests that drive the real
// vieraugen binary from outside (test code).
//
//     vieraugen-standin-jitsi --issuer ISS --audience AUD --secret APP_SECRET
//
// Makes a throwaway certificate authority and a certificate for 127.0.0.1, listens over HTTPS
// and prints one JSON line: {"url", "authority", "certificate", "key"} (the files live as long as
// the program). Then every report of the meeting page becomes a JSON line {"report", "detail"}.
// Each JSON line on stdin queues a meeting scenario step: {"event": NAME, "data": {…}},
// {"knock": {"id", "name"}} or {"requirePassword": true}. It ends when stdin closes.
#include "tests/support/StandInJitsiServer.h"
#include "tests/support/TestCertificates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

namespace {
void printLine(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void follow(StandInJitsiServer& server, const QJsonObject& step)
{
    if (step.contains(QLatin1String("event")))
        server.emitEvent(step.value(QLatin1String("event")).toString(),
                         step.value(QLatin1String("data")).toObject());
    else if (step.contains(QLatin1String("knock")))
        server.knock(step.value(QLatin1String("knock")).toObject().value(QLatin1String("id")).toString(),
                     step.value(QLatin1String("knock")).toObject().value(QLatin1String("name")).toString());
    else if (step.contains(QLatin1String("requirePassword")))
        server.requirePassword();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption issuer(QStringLiteral("issuer"), QStringLiteral("accepted token issuer"),
                                    QStringLiteral("iss"));
    const QCommandLineOption audience(QStringLiteral("audience"), QStringLiteral("accepted token audience"),
                                      QStringLiteral("aud"));
    const QCommandLineOption secret(QStringLiteral("secret"),
                                    QStringLiteral("the app secret tokens are signed with"),
                                    QStringLiteral("secret"));
    parser.addOptions({ issuer, audience, secret });
    parser.addHelpOption();
    parser.process(app);

    TestCertificates certificates;
    QString error;
    if (!certificates.create(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    StandInJitsiServer server;
    if (parser.isSet(secret))
        server.setTokenAuthentication(parser.value(issuer), parser.value(audience),
                                      parser.value(secret).toUtf8());
    if (!server.listen(certificates.serverConfiguration())) {
        std::fprintf(stderr, "the stand-in server cannot listen\n");
        return 1;
    }
    QObject::connect(
        &server, &StandInJitsiServer::reported, &app, [](const QString& kind, const QJsonObject& detail) {
            printLine({ { QStringLiteral("report"), kind }, { QStringLiteral("detail"), detail } });
        });
    printLine({ { QStringLiteral("url"), server.baseUrl().toString() },
                { QStringLiteral("authority"), certificates.authorityFile() },
                { QStringLiteral("certificate"), certificates.serverCertificateFile() },
                { QStringLiteral("key"), certificates.serverKeyFile() } });

    QSocketNotifier stdinReady(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&stdinReady, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            stdinReady.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, got);
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            if (!line.isEmpty())
                follow(server, QJsonDocument::fromJson(line).object());
        }
    });
    return QCoreApplication::exec();
}
