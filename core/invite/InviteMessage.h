#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// How a message reaches a participant. Link messages go by e-mail (or the counselor's own way,
// via the clipboard); the password goes by SMS, is read out on the phone, or via the clipboard.
enum class InviteChannel
{
    Smtp,
    Mailto,
    Sms,
    Phone,
    Clipboard
};

struct InviteAttachment
{
    QString fileName;
    QByteArray mimeType;
    QByteArray data;
};

// One message as it will be sent. The password message's body contains the room password: keep
// it in memory only, never log or store it.
struct InviteMessage
{
    enum class Kind
    {
        Link,
        Password
    };

    Kind kind = Kind::Link;
    InviteChannel channel = InviteChannel::Smtp;
    QString to; // e-mail address or E.164 number
    QString subject; // link messages only
    QString body;
    QList<InviteAttachment> attachments;

    // For the user's mail program: recipient, subject and body (attachments cannot travel this way).
    QUrl mailtoUrl() const;

    static QString channelName(InviteChannel channel);
    static std::optional<InviteChannel> parseChannel(const QString& name);
    static QString kindName(Kind kind);
    static bool canCarry(Kind kind, InviteChannel channel);
    // E-mail and SMS leave through the outbox; the rest the counselor passes on.
    static bool isSentByVieraugen(InviteChannel channel)
    {
        return channel == InviteChannel::Smtp || channel == InviteChannel::Sms;
    }
};

// Both messages for one participant.
struct InvitePair
{
    int participantIndex = 0;
    InviteMessage link;
    InviteMessage password;
    // The room password alone, e.g. to show it large for reading out.
    QString secret;
};
