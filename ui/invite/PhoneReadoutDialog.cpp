#include "ui/invite/PhoneReadoutDialog.h"

#include "core/base/PhoneNumber.h"
#include "core/invite/SpellingAlphabet.h"
#include "core/meeting/RoomPassword.h"
#include "ui/common/PhoneCall.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PhoneReadoutDialog::PhoneReadoutDialog(const QString& password, const QString& language,
                                       const QString& participant, const QString& phone, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Read Out the Password"));
    auto* intro = new QLabel(
        tr("Call %1 and read out the password. Give the link another way.").arg(participant.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    auto* code = new QLabel(RoomPassword::grouped(password), this);
    code->setObjectName(QStringLiteral("password"));
    QFont large = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    large.setPointSize(large.pointSize() * 3);
    large.setBold(true);
    code->setFont(large);
    code->setAlignment(Qt::AlignCenter);
    code->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QStringList words = SpellingAlphabet::spell(password, language);
    QStringList groups;
    for (qsizetype at = 0; at < words.size(); at += RoomPassword::groupLength)
        groups.append(words.mid(at, RoomPassword::groupLength).join(QStringLiteral(" – ")));
    auto* spelled = new QLabel(groups.join(QStringLiteral("\n")), this);
    spelled->setObjectName(QStringLiteral("spelled"));
    spelled->setAlignment(Qt::AlignCenter);
    auto* hint
        = new QLabel(tr("Lowercase letters only, without spaces. There is no 0, o, 1, l or i in it."), this);
    hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* told = buttons->addButton(tr("&Told by Phone"), QDialogButtonBox::AcceptRole);
    told->setObjectName(QStringLiteral("toldButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    if (!phone.isEmpty()) {
        QPushButton* call
            = buttons->addButton(tr("&Call %1").arg(PhoneNumber::forDisplay(phone, QStringLiteral("DE"))),
                                 QDialogButtonBox::ActionRole);
        // Without a phone program the button did nothing at all (tester13's J7): now it says so.
        connect(call, &QPushButton::clicked, this,
                [this, phone] { PhoneCall::dial(this, windowTitle(), phone); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(code);
    layout->addWidget(spelled);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}
