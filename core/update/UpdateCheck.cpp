#include "core/update/UpdateCheck.h"

#include "core/base/BoundedGet.h"
#include "core/base/SecureUrl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

UpdateCheck::Result UpdateCheck::failed(const QString& errorMessage)
{
    Result result;
    result.errorMessage = errorMessage;
    return result;
}

UpdateCheck::Result UpdateCheck::read(const QByteArray& json, const QVersionNumber& running)
{
    const QJsonObject feed = QJsonDocument::fromJson(json).object();
    const QVersionNumber version
        = QVersionNumber::fromString(feed.value(QLatin1String("version")).toString());
    if (version.isNull()) {
        return failed(tr("The update address does not describe a release (no \"version\"). Ask your IT "
                         "to check the address in the provisioning file."));
    }
    Result result;
    result.version = version;
    result.outcome = version > running ? Outcome::NewerAvailable : Outcome::UpToDate;
    result.date = feed.value(QLatin1String("date")).toString();
    result.notes = feed.value(QLatin1String("notes")).toString();
    const QUrl download(feed.value(QLatin1String("download")).toString());
    // Only a download page the browser can open safely is offered.
    if (download.isValid() && SecureUrl::isEncryptedOrLocal(download))
        result.download = download;
    return result;
}

void UpdateCheck::fetch(QNetworkAccessManager& network, const QUrl& feed, const QVersionNumber& running,
                        QObject* context, const Done& done)
{
    if (!feed.isValid() || !SecureUrl::isEncryptedOrLocal(feed)) {
        const Result result = failed(tr("The update address %1 is not an https address, so Vieraugen does "
                                        "not use it. Ask your IT for the correct address.")
                                         .arg(feed.toDisplayString()));
        done(result);
        return;
    }
    QNetworkRequest request(feed);
    request.setTransferTimeout(15000);
    BoundedGet::get(
        network, request, maximumFeedBytes, context, [running, done](const BoundedGet::Answer& answer) {
            switch (answer.outcome) {
            case BoundedGet::Outcome::TooLarge:
                done(failed(tr("The update server sent far more than a release description. Ask your IT to "
                               "check the address in the provisioning file.")));
                return;
            case BoundedGet::Outcome::Failed:
                done(
                    failed(tr("The update server could not be reached: %1. Check the internet connection and "
                              "try again later.")
                               .arg(answer.errorString)));
                return;
            case BoundedGet::Outcome::Received:
                done(read(answer.body, running));
                return;
            }
        });
}
