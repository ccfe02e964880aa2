#include "ui/common/PhoneCall.h"

#include "core/base/PhoneNumber.h"
#include "ui/common/MessageBox.h"

#include <QDesktopServices>
#include <QUrl>

bool PhoneCall::dial(QWidget* parent, const QString& title, const QString& phone)
{
    if (QDesktopServices::openUrl(QUrl(QStringLiteral("tel:") + phone)))
        return true;
    MessageBox::warning(parent, title,
                        tr("No program on this computer dials phone numbers. Call %1 by phone.")
                            .arg(PhoneNumber::forDisplay(phone, QStringLiteral("DE"))));
    return false;
}
