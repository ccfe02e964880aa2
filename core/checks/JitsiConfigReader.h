#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QObject;

// Reads a Jitsi Meet config.js (or interface_config.js): a script, not JSON. It takes the object
// literal assigned to the variable (comments, unquoted keys, single quotes, trailing commas,
// nested objects and arrays) and turns it into JSON. Values that are expressions (string
// concatenation, variables, function calls, server-side includes) become the string
// "<expression>" so that the rest stays readable. Fails with a message naming the line when the
// text is no such script at all.
class JitsiConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(JitsiConfigReader)

public:
    static constexpr const char* expressionMarker = "<expression>";
    // Jitsi's config.js nests objects and lists four levels deep; a server answering with far more
    // (50,000 levels crashed the recursive reader) is broken or hostile, so reading stops here.
    static constexpr int maximumNesting = 64;
    // Jitsi's config.js is about 100 KB with its comments; four megabytes leave room for heavily
    // customised ones while a hostile or runaway answer cannot fill the memory.
    static constexpr qint64 maximumScriptBytes = 4 * 1024 * 1024;

    static bool read(const QByteArray& script, const QString& variable, QJsonObject* object,
                     QString* errorMessage);

    // Fetches the server's config.js and reads it; done gets the object, or an error message that
    // names the server. context ends the request when it is destroyed.
    using Fetched = std::function<void(const QJsonObject& config, const QString& errorMessage)>;
    static void fetchConfig(QNetworkAccessManager& network, const QUrl& server, QObject* context,
                            const Fetched& done);

private:
    static QString tooLarge();
};
