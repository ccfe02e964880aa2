#pragma once

#include "core/invite/InviteMessage.h"
#include "core/invite/SendResult.h"
#include "core/invite/SmtpSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include <functional>

// Sends link messages through the organization's mail server with libcurl: TLS always (STARTTLS
// required, or implicit TLS), the certificate always verified (against the system's authorities
// and, if configured, the organization's own), AUTH with the password from the keychain.
// The transfer runs on a worker thread; the answer arrives on this object's thread.
class SmtpChannel : public QObject
{
    Q_OBJECT

public:
    using Result = SendResult;
    using Done = std::function<void(const Result& result)>;

    explicit SmtpChannel(const SmtpSettings& settings, QObject* parent = nullptr);

    void send(const InviteMessage& message, const QString& password, const Done& done);

    // RFC 5322 with MIME: UTF-8 text and the attachments, each base64-encoded.
    static QByteArray mimeMessage(const QString& from, const InviteMessage& message, const QDateTime& date,
                                  const QByteArray& messageId);
    // "Beratung <b@example.org>" → "b@example.org".
    static QString address(const QString& mailbox);

    static constexpr int connectTimeoutSeconds = 15;
    static constexpr int transferTimeoutSeconds = 60;

private:
    static Result transfer(const SmtpSettings& settings, const QString& recipient, const QByteArray& mail,
                           const QString& password);

    SmtpSettings m_settings;
};
