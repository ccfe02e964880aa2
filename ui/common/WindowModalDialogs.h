#pragma once

#include <QObject>

// Makes every dialog that belongs to a window modal to that window only, not to the whole
// application: a dialog open over the calendar (an invitation, a question) blocks the calendar,
// while a window of its own — a reminder, a session — stays usable. A reminder that popped up over
// an application-modal dialog could be neither snoozed nor dismissed until that dialog closed.
// Dialogs without a window of their own to belong to stay application-modal.
class WindowModalDialogs : public QObject
{
    Q_OBJECT

public:
    // Watches the whole application from now on, for as long as it lives.
    explicit WindowModalDialogs(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
