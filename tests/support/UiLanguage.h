#pragma once

#include <QString>
#include <QtGlobal>

// Vieraugen in a language for as long as it lives, as a user who chose it sees it: its
// catalogue installed, then English on the system's locale again.
class UiLanguage
{
public:
    explicit UiLanguage(const QString& language);
    ~UiLanguage();

    Q_DISABLE_COPY_MOVE(UiLanguage)
};
