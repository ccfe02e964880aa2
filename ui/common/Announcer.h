#pragma once

#include <QWidget>

// Says a change to screen readers at once, as a live region does on the web: in a session someone
// knocking, someone admitted, a recording started, a warning; in the calendar what a change did
// ("… was added", "Undone: …"). Sighted counselors see the same change on screen (the lobby panel,
// the red band, the status bar), so the announcer itself takes no room: it is a notification
// (QAccessible::Notification) that assistive technology reads when it appears, named by what it
// says.
class Announcer : public QWidget
{
    Q_OBJECT

public:
    explicit Announcer(QWidget* parent);

    void announce(const QString& text);
    // Forgets the last announcement, so that it can no longer be read (it may name a client).
    void clear();
};
