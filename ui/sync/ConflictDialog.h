#pragma once

#include "core/sync/SyncConflicts.h"

#include <QDialog>

class AppointmentStore;
class QGridLayout;
class QVBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;

// The appointments changed on this computer and on the calendar server at once, in the same part,
// one after the other: both versions side by side — mine as keeping it gives, what was changed here
// on the server's version — the differences in bold, and the user's choice: keep mine (it goes to
// the server again) or keep theirs (mine is dropped). Cancel decides nothing; the conflicts wait for
// another time.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(SyncConflicts conflicts, AppointmentStore& appointments, QWidget* parent = nullptr);

    // How many are left to decide.
    int remaining() const { return int(m_pending.size()); }

private:
    void showFirst();
    void decide(SyncConflicts::Choice choice);
    void addRow(QGridLayout* grid, const QString& label, const QString& mine, const QString& theirs);

    SyncConflicts m_conflicts;
    AppointmentStore& m_appointments;
    QList<SyncConflict> m_pending;
    QLabel* m_heading;
    QVBoxLayout* m_layout;
    QScrollArea* m_sidesArea;
    QWidget* m_sides = nullptr;
    QLabel* m_problem;
    QPushButton* m_keepMine;
    QPushButton* m_keepTheirs;
};
