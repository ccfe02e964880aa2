#pragma once

#include "ui/session/AbstractSessionWindow.h"

#include <QPointer>

class Clock;
class KnockWindow;
class KnockerList;
class QAction;
class QActionGroup;
class QFrame;
class QLabel;
class QPushButton;
class QWebEngineView;
class Announcer;
class SessionPage;
class SessionTimer;

// One running session: the meeting embedded, the room's state at a glance (moderator, locked,
// lobby, participants, connection), people knocking in the lobby with Admit/Deny, and native
// controls with shortcuts. Closing the window leaves the meeting cleanly.
class SessionWindow : public AbstractSessionWindow
{
    Q_OBJECT

public:
    // Takes ownership of the page (see SessionEngine::takePage()). The clock times the session.
    SessionWindow(const SessionPlan& plan, SessionPage* page, const Clock& clock, QWidget* parent = nullptr);
    ~SessionWindow() override;

    const SessionPlan& plan() const override { return m_plan; }
    MeetingSession& meeting() const { return *m_meeting; }
    SessionPage& page() const { return *m_page; }
    Attendance attendance() const override;
    void setNamesHidden(bool hidden) override;
    bool namesHidden() const { return m_namesHidden; }
    // The small always-on-top window for knocks while this one is hidden or minimized.
    KnockWindow* knockWindow() const { return m_knockWindow.get(); }

    // How long closing waits for the meeting to confirm the hang-up.
    static constexpr int leaveTimeoutMs = 3000;
    // How long the room's safeguards may stay unconfirmed before the window warns.
    void setConfirmationTimeout(int milliseconds);
    void setServerOffersEndToEndEncryption(bool offered) override;

Q_SIGNALS:
    void rejoinRequested();

public:
    void rejoin();
    // Ends the meeting for everyone, unless the counselor leaves with others staying.
    void hangUp(MeetingSession::Leaving leaving = MeetingSession::Leaving::EndForEveryone);
    void end() override;
    bool isEnding() const override;
    void moveToAnotherServer() override;
    bool isMovingToAnotherServer() const override { return m_moving; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void showDevices();
    void startMeeting();
    void refresh();
    void rebuildLobby();
    // Someone knocked: a chime, a notice where the counselor is not looking, and the knock window
    // when this one is hidden or minimized.
    void announceKnock(const MeetingSession::Person& knocker);
    // The keyboard's way to the lobby: Tab through the meeting page reached it by a different way
    // each time.
    void goToLobby();
    // Asks first, in asking (this window, or the knock window while this one is minimized): one
    // key press on Deny, next to Admit, turned a client away without a word.
    void deny(const QString& participantId, QWidget* asking);
    // Whether to leave the meeting, asked (Stay the default) while someone waits in the lobby (they
    // would wait on with nobody to let them in), and always when the window is closed (its ✕,
    // Alt+F4), which need not mean "end the session for everyone". True when there is nothing to ask.
    bool mayLeave(MeetingSession::Leaving leaving, bool closingWindow = false);
    void showTitle();
    // The meeting view's accessible name, where the focus lands after Start and after admitting.
    void nameTheMeeting();
    QString safeguardText(MeetingSession::Safeguard safeguard) const;
    // Why the room lock is shown as it is, in one line; empty while nothing needs explaining.
    QString lockReason() const;
    // Why the session is encrypted only to the server, in one line; empty while it is not known.
    QString encryptionReason() const;
    // A safeguard the meeting refused or did not confirm: a warning with "Try again".
    void warnAbout(MeetingSession::Safeguard safeguard);
    QString warning(MeetingSession::Safeguard safeguard) const;
    void tryAgain();
    void showCaptures();
    // What the counselor, or a screen reader, is told when a capture of this kind starts.
    static QString describeCapture(SessionFact::Kind kind);
    void showTime();
    // A short native hint above the meeting; with a help topic, a button opens its page.
    void showNotice(const QString& text, bool offerRejoin = false, const QString& helpTopic = {});
    void copyGuestLink();
    void openInBrowser();
    void finish();

    SessionPlan m_plan;
    SessionPage* m_page;
    MeetingSession* m_meeting = nullptr;
    QWebEngineView* m_view;
    QLabel* m_moderatorState;
    QLabel* m_lockState;
    QLabel* m_lobbyState;
    QLabel* m_encryptionState;
    QLabel* m_participantState;
    QLabel* m_connectionState;
    QLabel* m_timerState;
    // The elapsed minute the timer's accessible name says.
    qint64 m_minuteSaid = -1;
    SessionTimer* m_timer;
    QWidget* m_lobbyPanel;
    KnockerList* m_lobbyList;
    std::unique_ptr<KnockWindow> m_knockWindow;
    QLabel* m_notice;
    Announcer* m_announcer;
    QPushButton* m_rejoinButton;
    QPushButton* m_noticeHelp;
    QPushButton* m_tryAgainButton;
    QFrame* m_captureBanner;
    QLabel* m_captureText;
    QPushButton* m_stopCaptureButton;
    QList<MeetingSession::Safeguard> m_inDoubt;
    int m_confirmationTimeoutMs = MeetingSession::defaultConfirmationTimeoutMs;
    std::optional<bool> m_serverOffersEncryption;
    QString m_noticeTopic;
    QAction* m_muteAction = nullptr;
    QAction* m_cameraAction = nullptr;
    QAction* m_audioOnlyAction = nullptr;
    QActionGroup* m_qualityGroup = nullptr;
    QHash<MediaDevice, QMenu*> m_deviceMenus;
    QHash<QAction*, bool> m_confirmed; // microphone, camera, audio only: as the meeting last said
    bool m_hadParticipants = false;
    bool m_someoneKnocked = false;
    bool m_namesHidden = false;
    bool m_finished = false;
    bool m_moving = false;
};
