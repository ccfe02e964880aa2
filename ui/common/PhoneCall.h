#pragma once

#include <QCoreApplication>

class QWidget;

// Hands a phone number to the computer's phone program, as a tel: link. On Linux the desktop may
// have nothing to dial with (it then only logs that it found no browser): the user is told so, with
// the number to dial by hand.
class PhoneCall
{
    Q_DECLARE_TR_FUNCTIONS(PhoneCall)

public:
    // Whether a phone program took the number; when none did, a message over parent said so.
    static bool dial(QWidget* parent, const QString& title, const QString& phone);
};
