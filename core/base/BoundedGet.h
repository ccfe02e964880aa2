#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;
class QObject;

// A GET for a small document (a server's config.js, a release feed) that a broken or hostile
// server cannot use to fill memory: reading stops once the answer outgrows maximumBytes.
class BoundedGet
{
public:
    enum class Outcome
    {
        Received,
        TooLarge,
        Failed
    };

    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        QByteArray body; // Received
        QString errorString; // Failed: the network's words for what went wrong
    };

    // done runs once, on context's thread; destroying context ends the request.
    using Done = std::function<void(const Answer& answer)>;
    static void get(QNetworkAccessManager& network, const QNetworkRequest& request, qint64 maximumBytes,
                    QObject* context, const Done& done);
};
