#pragma once

#include <QDialog>

// The room password, large and grouped, with a spelling word for every character, for reading it
// out on the phone. Accepting records that the participant was told.
class PhoneReadoutDialog : public QDialog
{
    Q_OBJECT

public:
    PhoneReadoutDialog(const QString& password, const QString& language, const QString& participant,
                       const QString& phone, QWidget* parent = nullptr);
};
