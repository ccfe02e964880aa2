#pragma once

#include "core/meeting/MeetingSession.h"

#include <QWidget>

class KnockerList;
class QLabel;

// Someone knocks while the session window is hidden or minimized: a small window above all others
// with who is waiting, Admit and Deny, and a way back to the session. It closes when nobody is
// waiting any more.
class KnockWindow : public QWidget
{
    Q_OBJECT

public:
    // Top-level on purpose: a window owned by a minimized one would be minimized with it.
    KnockWindow();

    void showKnocking(const QList<MeetingSession::Person>& knocking, bool namesHidden);

Q_SIGNALS:
    void admitRequested(const QString& participantId);
    void denyRequested(const QString& participantId);
    void sessionRequested();

private:
    QLabel* m_heading;
    KnockerList* m_list;
};
