#include "ui/invite/ParticipantDialog.h"

#include "core/base/PhoneNumber.h"
#include "ui/common/PlaceholderRoom.h"

#include <QFormLayout>
#include <QLayout>
#include <QLineEdit>

#include <algorithm>

ParticipantDialog::ParticipantDialog(const QString& language, QWidget* parent)
    : FormDialog(parent)
    , m_language(language)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
{
    setWindowTitle(tr("Add Participant"));
    m_name->setObjectName(QStringLiteral("name"));
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("for the link"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("for the password"));
    PlaceholderRoom::keep(m_email);
    PlaceholderRoom::keep(m_phone);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Mobile number:"), m_phone);
    setForm(form);

    for (QLineEdit* field : { m_name, m_email, m_phone })
        connect(field, &QLineEdit::textChanged, this, &ParticipantDialog::updateState);
    updateState();
    // Room for a problem of two lines below the form from the start: when "… is not a valid e-mail
    // address" came as the address was typed, the dialog grew and OK and Cancel moved away from
    // under the mouse.
    resize(420, sizeHint().height() + 2 * fontMetrics().lineSpacing() + std::max(layout()->spacing(), 0));
}

QString ParticipantDialog::problem(Participant* participant) const
{
    Participant typed { m_name->text().trimmed(), m_email->text().trimmed(), {}, m_language };
    if (typed.displayName.isEmpty())
        return tr("Type the participant's name.");
    if (!typed.email.isEmpty() && !Appointment::isValidEmail(typed.email))
        return tr("\"%1\" is not a valid e-mail address.").arg(typed.email);
    QString error;
    if (!m_phone->text().trimmed().isEmpty()
        && !PhoneNumber::toE164(m_phone->text(), QStringLiteral("DE"), &typed.phone, &error))
        return error;
    if (participant)
        *participant = typed;
    return QString();
}

void ParticipantDialog::updateState()
{
    const bool untouched = m_name->text().isEmpty() && m_email->text().isEmpty() && m_phone->text().isEmpty();
    showProblem(problem(nullptr), untouched);
}

Participant ParticipantDialog::participant() const
{
    Participant typed;
    problem(&typed);
    return typed;
}
