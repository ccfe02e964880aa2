#pragma once

#include "core/invite/InvitationChanges.h"

#include <QObject>
#include <QPointer>

class InviteService;
class QMessageBox;
class QPushButton;
class QWidget;

// After a date with a sent invitation was moved or deleted (however: dialog, dragging, keys, undo,
// the team calendar), asks whether to tell the participants, without blocking the calendar: the
// change stays undoable, and undoing it withdraws the question. One question names everybody a
// change concerns, and one answer goes for all of them. Telling goes the way each link went; not
// telling sends nothing, and the invitations stay marked outdated.
class InvitationChangeNotice : public QObject
{
    Q_OBJECT

public:
    InvitationChangeNotice(InviteService& service, QWidget* window);

    // "Thu 03.12. 10:00": which date a message was for.
    static QString shortDateTime(const QDateTime& time);
    // "Jana Müller", "Jana Müller and Paul Weber", "Jana Müller, Paul Weber and 2 more".
    static QString names(const QList<InvitationChanges::Outdated>& participants);

Q_SIGNALS:
    // What was done, for the status bar.
    void reported(const QString& message);

private:
    void refresh();
    void answer(bool tell);
    // The messages composed for those asked about, once all are: into the outbox, the mail
    // program or the clipboard, and said in the status bar.
    void passOn(const QList<std::pair<InvitationChanges::Outdated, InviteMessage>>& composed,
                const QStringList& errors);
    // Copies the messages one at a time, asking before the next: pasted together, one client's
    // message could reach another. Returns whose were copied (and recorded as passed on).
    QList<InvitationChanges::Outdated>
    copyOneByOne(const QList<std::pair<InvitationChanges::Outdated, InviteMessage>>& messages,
                 QStringList* problems);
    static QString question(const QList<InvitationChanges::Outdated>& participants);
    static QString howTheyAreTold(const QList<InvitationChanges::Outdated>& participants);

    InviteService& m_service;
    QWidget* m_window;
    QPointer<QMessageBox> m_box;
    QPushButton* m_tell = nullptr;
    // The participants the open question is about: one change of one appointment.
    QList<InvitationChanges::Outdated> m_asked;
    // While the messages are copied one by one, those not copied yet are not asked about again.
    bool m_copying = false;
};
