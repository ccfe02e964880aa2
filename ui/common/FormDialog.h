#pragma once

#include <QDialog>
#include <QStringList>

class Announcer;
class DiscardQuestion;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QTimer;

// A dialog around a form: below it a warning line (amber), a problem line (red) and OK/Cancel.
// OK is enabled exactly when there is no problem, and says the problem while it is off (its
// tooltip, read as its description). A problem that appears or changes shows once the typing
// that caused it pauses or its field is left; a warning or problem that appears or changes is
// said to screen readers once the typing pauses (the lines are never focused).
// Cancelling a form that was changed (Escape, Cancel, the window's close button) asks first.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    ~FormDialog() override;

    // Shows the form without letting it be changed, saying why above the one button left, Close.
    void showReadOnly(const QString& reason);
    // Closes the form, after asking whether to discard what was typed or changed since it opened.
    void reject() override;

protected:
    explicit FormDialog(QWidget* parent = nullptr);

    void setForm(QFormLayout* form);
    // A form nobody has touched yet is not scolded, but OK stays off while there is a problem.
    void showProblem(const QString& problem, bool untouched);
    void showWarning(const QString& warning);
    void showEvent(QShowEvent* event) override;
    // What reject() asks when the form was changed; "Discard your changes?" unless set.
    void setDiscardQuestion(const QString& question);

private:
    // Taller when the warning or problem line needs more room than the dialog has.
    void growToFit();
    // Says the problems and warnings not said yet: "… is in the past" once, not at every digit of a
    // time.
    void announceNewNotices();
    // Shows the problem that waited for the typing to pause.
    void showPendingProblem();

    QLabel* m_warning;
    Announcer* m_announcer;
    QTimer* m_noticeSettles;
    QStringList m_announcedNotices;
    QLabel* m_problem;
    QString m_pendingProblem;
    QDialogButtonBox* m_buttons;
    QWidget* m_firstField = nullptr;
    bool m_opened = false;
    DiscardQuestion* m_discardQuestion;
};
