#pragma once

#include "core/calendar/Appointment.h"
#include "ui/common/FormDialog.h"

class QLineEdit;

// Adds someone to an appointment's participants, e.g. a relative who joins later: name, e-mail for
// the link and mobile number for the password, each checked as it is typed.
class ParticipantDialog : public FormDialog
{
    Q_OBJECT

public:
    // New participants get invitations in language, as the others do.
    explicit ParticipantDialog(const QString& language, QWidget* parent = nullptr);

    // The participant as typed; valid once OK is enabled.
    Participant participant() const;

private:
    // What is wrong with the form, empty when nothing is; fills participant when given.
    QString problem(Participant* participant) const;
    void updateState();

    QString m_language;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_phone;
};
