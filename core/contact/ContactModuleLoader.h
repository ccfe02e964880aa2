#pragma once

#include <QCoreApplication>
#include <QStringList>

class ContactModule;

// Finds the module vieraugen-contact (libphonenumber, libcurl) beside the program and loads it once,
// on first need: when a phone number is checked or shown, or an e-mail is sent.
class ContactModuleLoader
{
    Q_DECLARE_TR_FUNCTIONS(ContactModuleLoader)

public:
    // The module, loaded on the first call. Without it, nullptr and *error says what is wrong and
    // what to do; later calls answer the same without trying again. Safe from any thread.
    static ContactModule* load(QString* error = nullptr);
    static bool isLoaded();

    static QStringList searchPath();
    // Tests: search these folders instead; a load that failed is tried again there.
    static void setSearchPath(const QStringList& folders);
};
