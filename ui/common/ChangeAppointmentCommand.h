#pragma once

#include "core/calendar/Appointment.h"

#include <QUndoCommand>

#include <functional>

class AppointmentStore;

// Every change to the calendar made in the window, undoable: everything stored under the
// touched UIDs before the change is swapped with everything after it (empty before: created;
// empty after: deleted), in one transaction. A change the store refuses is reported and
// dropped from the undo history.
class ChangeAppointmentCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString& errorMessage)>;

    ChangeAppointmentCommand(AppointmentStore& store, const QString& text, const QList<Appointment>& before,
                             const QList<Appointment>& after, ErrorHandler onError);

    // Steps with the same merge key, pushed one right after the other, become one step named
    // mergedText: a session's begun, recordings and end are taken back by one Ctrl+Z.
    void setMergeKey(const QString& key, const QString& mergedText);
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    void redo() override;
    void undo() override;

private:
    void apply(const QList<Appointment>& appointments);

    AppointmentStore& m_store;
    QStringList m_uids;
    QList<Appointment> m_before;
    QList<Appointment> m_after;
    ErrorHandler m_onError;
    QString m_mergeKey;
    QString m_mergedText;
};
