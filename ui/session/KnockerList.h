#pragma once

#include "core/meeting/MeetingSession.h"

#include <QHash>
#include <QWidget>

class QVBoxLayout;

// People waiting in the lobby, one row each with Admit and Deny. With names hidden (the privacy
// curtain is down) a row says "Waiting person 1" instead of the name, on screen and to screen
// readers alike.
class KnockerList : public QWidget
{
    Q_OBJECT

public:
    explicit KnockerList(QWidget* parent = nullptr);

    void setKnocking(const QList<MeetingSession::Person>& knocking, bool namesHidden);
    // Puts the keyboard on the first waiting person's Admit; false when nobody waits.
    bool focusFirst();
    // What a notice may say about a knocker: the name, or nothing of it while names are hidden.
    static QString displayName(const MeetingSession::Person& person, int index, bool namesHidden);

Q_SIGNALS:
    void admitRequested(const QString& participantId);
    void denyRequested(const QString& participantId);

private:
    QWidget* newRow(const QString& participantId);

    QVBoxLayout* m_rows;
    // Kept across updates: rebuilt rows took the keyboard focus, and a screen reader's place, off
    // the Admit button whenever someone else knocked or the list was refreshed.
    QHash<QString, QWidget*> m_rowByParticipant;
};
