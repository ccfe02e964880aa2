#pragma once

#include "core/meeting/MeetingSession.h"
#include "core/meeting/SessionPlan.h"

#include <QMainWindow>

// A running session's window as the calendar sees it. The window itself (SessionWindow) lives in
// the session module with Qt WebEngine; the launcher knows it through this class only.
class AbstractSessionWindow : public QMainWindow
{
    Q_OBJECT

public:
    using QMainWindow::QMainWindow;

    // Who came besides the counselor: someone took part at some point, someone knocked but was
    // never let in, or nobody.
    enum class Attendance
    {
        Nobody,
        WaitedInLobby,
        TookPart
    };

    virtual const SessionPlan& plan() const = 0;
    virtual Attendance attendance() const = 0;
    // Ends the meeting for everyone without asking: the counselor decided it already (to quit).
    virtual void end() = 0;
    // Hung up, or ending: on its way out, nothing more to ask about it.
    virtual bool isEnding() const = 0;
    // Leaves and closes; the session goes on elsewhere, so this is not its end.
    virtual void moveToAnotherServer() = 0;
    virtual bool isMovingToAnotherServer() const = 0;
    // What the server's config.js says about end-to-end encryption; the meeting asks for it only
    // once this is known (and the server profile wants it).
    virtual void setServerOffersEndToEndEncryption(bool offered) = 0;
    // While the privacy curtain is down the window stays uncovered, but the names Vieraugen shows
    // (window title, lobby, the knock window, notices) give way to neutral words.
    virtual void setNamesHidden(bool hidden) = 0;

Q_SIGNALS:
    void joined();
    // The meeting is over and the window closes.
    void finished();
    void inviteRequested(const Occurrence& occurrence);
    void backupServerRequested();
    void checkRequested(const ServerProfile& server);
    // A device switched in the meeting, to be used in later sessions too.
    void deviceChosen(MediaDevice device, const QString& label);
    void helpRequested(const QString& topic);
    void attentionRequested(const QString& title, const QString& message);
    // Someone started recording, streaming or transcribing the session.
    void captureStarted(SessionFact::Kind kind);
};
