#include "core/meeting/ServerProfile.h"

#include "core/base/SecureUrl.h"

#include <QRegularExpression>

QString ServerProfile::authModeName(AuthMode mode)
{
    return mode == AuthMode::Jwt ? QStringLiteral("jwt") : QStringLiteral("none");
}

bool ServerProfile::parseAuthMode(const QString& name, AuthMode* mode)
{
    if (name == QLatin1String("jwt"))
        *mode = AuthMode::Jwt;
    else if (name == QLatin1String("none"))
        *mode = AuthMode::None;
    else
        return false;
    return true;
}

bool ServerProfile::validateUrl(const QUrl& url, QString* errorMessage)
{
    const auto fail = [errorMessage](const QString& message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(
            tr("\"%1\" is not a web address. Enter it like https://meet.example.org.").arg(url.toString()));
    if (!url.userInfo().isEmpty())
        return fail(tr("The server address must not contain a user name or password."));
    if (SecureUrl::isEncryptedOrLocal(url))
        return true;
    if (url.scheme() == QLatin1String("http"))
        return fail(tr("The server %1 must be reached over https: video sessions are never sent unencrypted.")
                        .arg(url.host()));
    return fail(
        tr("\"%1\" is not a web address. Enter it like https://meet.example.org.").arg(url.toString()));
}

bool ServerProfile::validateId(const QString& id, QString* errorMessage)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    if (pattern.match(id).hasMatch())
        return true;
    if (errorMessage)
        *errorMessage
            = tr("\"%1\" cannot be used as a server id: use lowercase letters, digits and '-'.").arg(id);
    return false;
}

bool ServerProfile::validate(QString* errorMessage) const
{
    if (!validateId(id, errorMessage) || !validateUrl(baseUrl, errorMessage))
        return false;
    if (name.trimmed().isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("The server %1 needs a name.").arg(id);
        return false;
    }
    if (auth == AuthMode::Jwt && (appId.isEmpty() || issuer.isEmpty() || audience.isEmpty())) {
        if (errorMessage)
            *errorMessage
                = tr("Token authentication for %1 needs an app id, an issuer and an audience.").arg(name);
        return false;
    }
    if (backupProfileId == id) {
        if (errorMessage)
            *errorMessage = tr("The server %1 cannot be its own backup.").arg(name);
        return false;
    }
    return true;
}

QString ServerProfile::suggestedId(const QString& name)
{
    // German spelling first (München → muenchen), then other accents fall off (Café → cafe).
    QString id = name.toLower();
    const std::pair<QStringView, QStringView> german[]
        = { { u"ä", u"ae" }, { u"ö", u"oe" }, { u"ü", u"ue" }, { u"ß", u"ss" } };
    for (const auto& [letter, spelling] : german)
        id.replace(letter.toString(), spelling.toString());
    id = id.normalized(QString::NormalizationForm_KD);
    id.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9]+"));
    id.replace(notAllowed, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.left(40);
}

QString ServerProfile::noAuthenticationWarning()
{
    return tr(
        "Without token authentication, whoever enters a room first becomes its moderator. The Berlin "
        "data protection authority considers such servers unsuitable for anything beyond low-risk use.");
}

QString ServerProfile::displayName() const
{
    const QString host = baseUrl.host();
    if (name.isEmpty() || name.compare(host, Qt::CaseInsensitive) == 0)
        return host;
    return host.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, host);
}
