#pragma once

#include "core/contact/ContactModule.h"

#include <QObject>

// The plugin object of the module vieraugen-contact: ContactModule with libphonenumber and libcurl.
class LibraryContactModule : public QObject, public ContactModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIERAUGEN_CONTACT_MODULE_IID)
    Q_INTERFACES(ContactModule)

public:
    LibraryContactModule();

    PhoneParse parsePhone(const QString& input, const QString& defaultRegion, QString* e164) const override;
    QString formatPhone(const QString& e164, const QString& homeRegion) const override;
    bool isPossiblyMobile(const QString& e164) const override;
    MailReport sendMail(const MailTransfer& transfer) const override;
    QString mailLibraryVersion() const override;
};
