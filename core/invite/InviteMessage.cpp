#include "core/invite/InviteMessage.h"

#include <QHash>

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
