#include "core/invite/InviteMessage.h"

#include <QHash>
#include <QUrlQuery>

namespace {
const QHash<InviteChannel, QString>& channelNames()
{
    static const QHash<InviteChannel, QString> names {
        { InviteChannel::Smtp, QStringLiteral("smtp") },
        { InviteChannel::Mailto, QStringLiteral("mailto") },
        { InviteChannel::Sms, QStringLiteral("sms") },
        { InviteChannel::Phone, QStringLiteral("phone") },
        { InviteChannel::Clipboard, QStringLiteral("clipboard") },
    };
    return names;
}
} // namespace

QString InviteMessage::channelName(InviteChannel channel)
{
    return channelNames().value(channel);
}

std::optional<InviteChannel> InviteMessage::parseChannel(const QString& name)
{
    for (auto it = channelNames().cbegin(); it != channelNames().cend(); ++it) {
        if (it.value() == name)
            return it.key();
    }
    return std::nullopt;
}

QString InviteMessage::kindName(Kind kind)
{
    return kind == Kind::Link ? QStringLiteral("link") : QStringLiteral("password");
}

bool InviteMessage::canCarry(Kind kind, InviteChannel channel)
{
    // The password never travels by e-mail, the link never by SMS or phone: intercepting one
    // channel must not be enough.
    switch (channel) {
    case InviteChannel::Smtp:
    case InviteChannel::Mailto:
        return kind == Kind::Link;
    case InviteChannel::Sms:
    case InviteChannel::Phone:
        return kind == Kind::Password;
    case InviteChannel::Clipboard:
        return true;
    }
    return false;
}

QUrl InviteMessage::mailtoUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(to);
    QUrlQuery query;
    // Line breaks as CRLF, as RFC 6068 asks for mail bodies.
    const auto encode = [](const QString& text) {
        return QString::fromLatin1(
            QUrl::toPercentEncoding(QString(text).replace(QLatin1Char('\n'), QLatin1String("\r\n"))));
    };
    query.addQueryItem(QStringLiteral("subject"), encode(subject));
    query.addQueryItem(QStringLiteral("body"), encode(body));
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}
