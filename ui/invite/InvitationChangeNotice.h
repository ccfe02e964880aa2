#pragma once

#include "core/invite/InvitationChanges.h"

#include <QObject>
#include <QPointer>

#include <optional>

class InviteService;
class QMessageBox;
class QPushButton;
class QWidget;

// After a date with a sent invitation was moved or deleted (however: dialog, dragging, keys, undo,
// the team calendar), asks whether to tell the participant, without blocking the calendar: the
// change stays undoable, and undoing it withdraws the question. Telling goes the way the link
// went; not telling sends nothing, and the invitation stays marked outdated.
class InvitationChangeNotice : public QObject
{
    Q_OBJECT

public:
    InvitationChangeNotice(InviteService& service, QWidget* window);

    // "Thu 03.12. 10:00": which date a message was for.
    static QString shortDateTime(const QDateTime& time);

Q_SIGNALS:
    // What was done, for the status bar.
    void reported(const QString& message);

private:
    void refresh();
    void answer(bool tell);
    void passOn(const InvitationChanges::Outdated& outdated, const InviteMessage& message);
    static QString question(const InvitationChanges::Outdated& outdated);

    InviteService& m_service;
    QWidget* m_window;
    QPointer<QMessageBox> m_box;
    QPushButton* m_tell = nullptr;
    std::optional<InvitationChanges::Outdated> m_asked;
};
