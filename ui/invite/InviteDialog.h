#pragma once

#include "core/calendar/Occurrence.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteMessage.h"

#include <QDialog>

class AppointmentStore;
class InviteService;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// Inviting the participants of one appointment: both messages as they will be sent, a way for
// each (never the same), Send; then what went out, what waits in the outbox (Retry, Cancel), what
// was copied (marked as passed on once it was), and one-click "Resend password" and "Send new link". A
// participant can be added here, e.g. a relative who joins later.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    InviteDialog(InviteService& service, InvitationLog& log, AppointmentStore& store,
                 const Occurrence& occurrence, QWidget* parent = nullptr);

    void send();
    void resendPassword();
    void sendNewLink();
    void addParticipant();
    // Asks for the counselor's name, service or privacy notice when the invitation needs them.
    void enterSenderDetails();

private:
    void fillParticipants();
    void fillChannels();
    void recompose();
    void refreshLog();
    void showSendProblems(const QList<InvitationLog::Entry>& entries);
    static QString channelInWords(InviteChannel channel);
    void handOver(const InvitePair& pair, const QList<InviteMessage>& messages);
    InviteChannel linkChannel() const;
    InviteChannel passwordChannel() const;
    void finishSending(const std::optional<InvitePair>& pair, const QString& error,
                       const QList<InviteMessage::Kind>& kinds);
    // Each button only when it can do something: for the chosen entry of the history, or for a
    // participant who was invited.
    void enableActions();
    // Beside Send, in one line, what became of the newest invitation to this participant: only
    // what is known (the mail server took it, the counselor read it out), never what was asked for.
    void confirmWhatWentOut();
    // The newest invitation's link message to this participant, for this date.
    std::optional<InvitationLog::Entry> newestLink(int participant) const;
    // A password to pass on by hand waits for its link to go out by Vieraugen: read out over a link
    // that waits for the mail server, it opened the door to nobody yet.
    void passOnPasswordOnceTheLinkWent();

    InviteService& m_service;
    InvitationLog& m_log;
    AppointmentStore& m_store;
    Occurrence m_occurrence;
    QComboBox* m_participant;
    QComboBox* m_linkChannel;
    QComboBox* m_passwordChannel;
    QPlainTextEdit* m_linkPreview;
    QPlainTextEdit* m_passwordPreview;
    QLabel* m_problem;
    // Why a message did not go, in words (the history's column is too narrow to read it).
    QLabel* m_sendProblem;
    QPushButton* m_send;
    QLabel* m_sentConfirmation;
    QPushButton* m_senderDetails;
    QTreeWidget* m_history;
    QPushButton* m_retry;
    QPushButton* m_cancel;
    QPushButton* m_markPassedOn;
    QPushButton* m_resendPassword;
    QPushButton* m_sendNewLink;
    quint64 m_composition = 0;
    struct PasswordAfterLink
    {
        qint64 linkId = 0;
        InvitePair pair;
    };
    std::optional<PasswordAfterLink> m_passwordAfterLink;
};
