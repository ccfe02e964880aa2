#include "core/invite/SmtpChannel.h"

#include "core/base/Logging.h"
#include "core/contact/ContactModule.h"
#include "core/contact/ContactModuleLoader.h"

#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>
#include <QUuid>

namespace {
QByteArray encodedWord(const QString& text)
{
    // Plain ASCII stays readable; anything else becomes an RFC 2047 encoded word.
    const QByteArray utf8 = text.toUtf8();
    if (std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return c >= 0x20 && c < 0x7f; }))
        return utf8;
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QByteArray wrapped(const QByteArray& base64)
{
    QByteArray lines;
    for (qsizetype at = 0; at < base64.size(); at += 76)
        lines += base64.mid(at, 76) + "\r\n";
    return lines;
}

} // namespace

SmtpChannel::SmtpChannel(const SmtpSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QString SmtpChannel::address(const QString& mailbox)
{
    static const QRegularExpression angle(QStringLiteral("<([^>]+)>"));
    const QRegularExpressionMatch match = angle.match(mailbox);
    return (match.hasMatch() ? match.captured(1) : mailbox).trimmed();
}

QByteArray SmtpChannel::mimeMessage(const QString& from, const InviteMessage& message, const QDateTime& date,
                                    const QByteArray& messageId)
{
    const QByteArray boundary = "vieraugen-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QString fromName = from.left(from.indexOf(QLatin1Char('<'))).trimmed();
    fromName.remove(QLatin1Char('"'));
    const QByteArray fromHeader = fromName.isEmpty() || !from.contains(QLatin1Char('<'))
        ? address(from).toUtf8()
        : encodedWord(fromName) + " <" + address(from).toUtf8() + '>';
    QByteArray mail;
    mail += "Date: "
        + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " +0000\r\n";
    mail += "From: " + fromHeader + "\r\n";
    mail += "To: " + message.to.toUtf8() + "\r\n";
    mail += "Subject: " + encodedWord(message.subject) + "\r\n";
    mail += "Message-ID: <" + messageId + ">\r\n";
    mail += "MIME-Version: 1.0\r\n";
    mail += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    mail += "--" + boundary + "\r\n";
    mail += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    mail += wrapped(message.body.toUtf8().toBase64());
    for (const InviteAttachment& attachment : message.attachments) {
        mail += "--" + boundary + "\r\n";
        mail
            += "Content-Type: " + attachment.mimeType + "; name=\"" + attachment.fileName.toUtf8() + "\"\r\n";
        mail += "Content-Disposition: attachment; filename=\"" + attachment.fileName.toUtf8() + "\"\r\n";
        mail += "Content-Transfer-Encoding: base64\r\n\r\n";
        mail += wrapped(attachment.data.toBase64());
    }
    mail += "--" + boundary + "--\r\n";
    return mail;
}

void SmtpChannel::send(const InviteMessage& message, const QString& password, const Done& done)
{
    const QString from = address(m_settings.from);
    const QByteArray messageId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@'
        + from.section(QLatin1Char('@'), 1).toUtf8();
    const QByteArray mail = mimeMessage(m_settings.from, message, QDateTime::currentDateTimeUtc(), messageId);
    const SmtpSettings settings = m_settings;
    const QString recipient = message.to;
    QPointer<SmtpChannel> self(this);
    QThreadPool::globalInstance()->start([self, settings, recipient, mail, password, done] {
        const Result result = transfer(settings, recipient, mail, password);
        if (self)
            QMetaObject::invokeMethod(
                self, [result, done] { done(result); }, Qt::QueuedConnection);
    });
}

SmtpChannel::Result SmtpChannel::transfer(const SmtpSettings& settings, const QString& recipient,
                                          const QByteArray& mail, const QString& password)
{
    QString moduleError;
    const ContactModule* module = ContactModuleLoader::load(&moduleError);
    if (!module)
        return { false, false, moduleError };
    const bool implicitTls = settings.security == SmtpSettings::Security::ImplicitTls;
    ContactModule::MailTransfer request;
    request.url = (implicitTls ? QByteArrayLiteral("smtps://") : QByteArrayLiteral("smtp://"))
        + settings.host.toUtf8() + ':' + QByteArray::number(settings.port);
    request.from = '<' + address(settings.from).toUtf8() + '>';
    request.to = '<' + recipient.toUtf8() + '>';
    request.user = settings.user.toUtf8();
    request.password = password.toUtf8();
    request.caFile = settings.caFile.toUtf8();
    request.mail = mail;
    request.connectTimeoutSeconds = connectTimeoutSeconds;
    request.transferTimeoutSeconds = transferTimeoutSeconds;
    const ContactModule::MailReport report = module->sendMail(request);

    // Logged by code only: server replies may echo addresses.
    qCInfo(lcInvite) << "smtp transfer finished, curl code" << report.libraryCode << "reply"
                     << report.serverReply;
    switch (report.outcome) {
    case ContactModule::MailOutcome::Sent:
        return { true, false, {} };
    case ContactModule::MailOutcome::CannotStart:
        return { false, false, tr("E-mail cannot be sent: libcurl could not start.") };
    case ContactModule::MailOutcome::LoginDenied:
        return { false, false,
                 tr("The mail server %1 refused the login. Check the user name and password under Settings → "
                    "Invitations.")
                     .arg(settings.host) };
    case ContactModule::MailOutcome::NoEncryption:
        return { false, false,
                 tr("The mail server %1 does not offer encryption (STARTTLS), so nothing was sent. Ask your "
                    "administrator for the encrypted port, or choose \"TLS\".")
                     .arg(settings.host) };
    case ContactModule::MailOutcome::CertificateUnverified:
        return {
            false, false,
            tr("The certificate of the mail server %1 could not be verified, so nothing was sent. If your "
               "organization uses its own certificate authority, enter its file under Settings → "
               "Invitations.")
                .arg(settings.host)
        };
    case ContactModule::MailOutcome::NoSecureConnection:
        return { false, false,
                 tr("No secure connection to the mail server %1 could be made, so nothing was sent. Check "
                    "the port "
                    "and the encryption setting.")
                     .arg(settings.host) };
    case ContactModule::MailOutcome::Unreachable:
        return {
            false, true,
            tr("The mail server %1 cannot be reached right now. The message waits in the outbox and is sent "
               "when the server answers again.")
                .arg(settings.host)
        };
    case ContactModule::MailOutcome::Failed:
        break;
    }
    if (report.serverReply >= 500 && report.serverReply < 600)
        return { false, false,
                 tr("The mail server %1 refused the message (reply %2). Check the recipient's address.")
                     .arg(settings.host)
                     .arg(report.serverReply) };
    return { false, true,
             tr("Sending through %1 failed (%2). The message waits in the outbox for another try.")
                 .arg(settings.host, report.libraryText) };
}
