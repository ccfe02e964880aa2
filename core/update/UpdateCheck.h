#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QVersionNumber>

#include <functional>

class QNetworkAccessManager;
class QObject;

// Asks the organization's release feed whether a newer Vieraugen exists. Nothing happens unless
// the user asks (Help → Check for Updates) and the feed's address is set (Settings, or the
// provisioning file's "updates" section): no background calls, no address built in. The feed is
// a JSON object the organization publishes over https:
//   {"version": "0.2.0", "date": "2026-12-14", "notes": "What changed…", "download": "https://…"}
class UpdateCheck
{
    Q_DECLARE_TR_FUNCTIONS(UpdateCheck)

public:
    enum class Outcome
    {
        UpToDate,
        NewerAvailable,
        Failed
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QVersionNumber version; // the feed's version (UpToDate, NewerAvailable)
        QString date;
        QString notes;
        QUrl download;
        QString errorMessage; // Failed: what went wrong and what to do
    };

    // A feed is a few kilobytes of release notes; a larger answer is not one.
    static constexpr qint64 maximumFeedBytes = 256 * 1024;

    // Reads a feed's answer and compares it with the running version.
    static Result read(const QByteArray& json, const QVersionNumber& running);

    // Fetches and reads the feed; done runs once. context ends the request when it is destroyed.
    using Done = std::function<void(const Result& result)>;
    static void fetch(QNetworkAccessManager& network, const QUrl& feed, const QVersionNumber& running,
                      QObject* context, const Done& done);

private:
    static Result failed(const QString& errorMessage);
};
