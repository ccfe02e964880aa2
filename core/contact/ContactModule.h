#pragma once

#include <QByteArray>
#include <QString>
#include <QtPlugin>

// What reaching clients needs from libraries that have no place on the start path: libphonenumber
// (phone numbers) and libcurl (e-mail over SMTP) live in the module vieraugen-contact, which
// ContactModuleLoader loads on first need, so that the calendar starts without them. The module
// has no words of its own: it answers in outcomes, and core says them to the user.
class ContactModule
{
public:
    virtual ~ContactModule() = default;

    enum class PhoneParse
    {
        Valid,
        NotANumber,
        Invalid,
    };
    // A number as typed; national numbers are read as numbers of defaultRegion (ISO 3166).
    // Valid: *e164 holds the number in E.164.
    virtual PhoneParse parsePhone(const QString& input, const QString& defaultRegion,
                                  QString* e164) const = 0;
    // As dialled in homeRegion for its numbers, internationally for others; empty when no number.
    virtual QString formatPhone(const QString& e164, const QString& homeRegion) const = 0;
    // Whether the number is a mobile one, or of a type that may be mobile.
    virtual bool isPossiblyMobile(const QString& e164) const = 0;

    struct MailTransfer
    {
        QByteArray url; // smtp://host:port or smtps://host:port
        QByteArray from; // <address>
        QByteArray to; // <address>
        QByteArray user;
        QByteArray password;
        QByteArray caFile;
        QByteArray mail;
        int connectTimeoutSeconds = 0;
        int transferTimeoutSeconds = 0;
    };
    enum class MailOutcome
    {
        Sent,
        CannotStart,
        LoginDenied,
        NoEncryption,
        CertificateUnverified,
        NoSecureConnection,
        Unreachable,
        Failed,
    };
    struct MailReport
    {
        MailOutcome outcome = MailOutcome::Failed;
        long serverReply = 0;
        int libraryCode = 0;
        QString libraryText; // the library's own words for what failed
    };
    // Sends one message with TLS required and the certificate verified. Blocks until done: call it
    // on a worker thread.
    virtual MailReport sendMail(const MailTransfer& transfer) const = 0;
    virtual QString mailLibraryVersion() const = 0;
};

#define VIERAUGEN_CONTACT_MODULE_IID "de.vieraugen.Vieraugen.ContactModule/1"
Q_DECLARE_INTERFACE(ContactModule, VIERAUGEN_CONTACT_MODULE_IID)
