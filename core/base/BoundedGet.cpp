#include "core/base/BoundedGet.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

void BoundedGet::get(QNetworkAccessManager& network, const QNetworkRequest& request, qint64 maximumBytes,
                     QObject* context, const Done& done)
{
    QNetworkReply* reply = network.get(request);
    // Nobody is told once context is gone: aborting delivered the answer to it while it was being
    // destroyed (a session window closed before its server's config.js came crashed Vieraugen).
    QObject::connect(context, &QObject::destroyed, reply, [reply] {
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    });
    auto outgrown = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, outgrown, maximumBytes](qint64 received) {
                         if (received > maximumBytes && !*outgrown) {
                             *outgrown = true;
                             reply->abort();
                         }
                     });
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done, outgrown] {
        reply->deleteLater();
        Answer answer;
        if (*outgrown)
            answer.outcome = Outcome::TooLarge;
        else if (reply->error() != QNetworkReply::NoError)
            answer.errorString = reply->errorString();
        else {
            answer.outcome = Outcome::Received;
            answer.body = reply->readAll();
        }
        done(answer);
    });
}
