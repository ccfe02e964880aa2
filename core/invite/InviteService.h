#pragma once

#include "core/calendar/Occurrence.h"
#include "core/invite/InvitationChanges.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteComposer.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>

#include <functional>

class AppointmentStore;
class Clock;
class QNetworkAccessManager;
class QTimer;
class SecretStore;
class Settings;

// Invites the participants of an appointment: composes both messages (the password derived from
// the install key, the guest link from the appointment's server), sends e-mail and SMS through the
// outbox, and hands the rest (mail program, clipboard, phone) back to the counselor. Everything is
// logged without content. Messages that cannot go now wait in the outbox and are tried again with
// growing pauses; each attempt composes the message afresh, so no body or password is stored.
class InviteService : public QObject
{
    Q_OBJECT

public:
    using Composed = std::function<void(const std::optional<InvitePair>& pair, const QString& errorMessage)>;
    // The pair as composed; its messages on channels Vieraugen does not send itself (mail program,
    // clipboard, phone) are for the counselor to pass on.
    using Sent = Composed;

    InviteService(Settings& settings, SecretStore& secrets, AppointmentStore& store, InvitationLog& log,
                  QNetworkAccessManager& network, const Clock& clock, QObject* parent = nullptr);

    void compose(const Occurrence& occurrence, int participant, InviteChannel linkChannel,
                 InviteChannel passwordChannel, const Composed& done);
    // E-mail and SMS go into the outbox and are tried at once; the counselor passes on the rest
    // and confirms it with recordHandedOver(). A press while the same invitation is still being
    // composed is refused, and a message that already waits in the outbox is tried again instead of
    // being queued a second time.
    void send(const Occurrence& occurrence, int participant, InviteChannel linkChannel,
              InviteChannel passwordChannel, const Sent& done);
    // One message only: "Resend password", "Send new link" (after a server switch).
    void sendOne(const Occurrence& occurrence, int participant, InviteMessage::Kind kind,
                 InviteChannel channel, const Sent& done);
    // A copied message is logged as copied: passed on is what the counselor marks it later.
    bool recordHandedOver(const Occurrence& occurrence, int participant, const InviteMessage& message,
                          QString* errorMessage);
    bool markPassedOn(qint64 id, QString* errorMessage);
    // The counselor's way did not work (no mail program): logged as failed, with why.
    bool recordHandOverFailed(const Occurrence& occurrence, int participant, const InviteMessage& message,
                              const QString& reason, QString* errorMessage);
    // The newest link message of an invitation to this participant of this date that went out or
    // waits in the outbox, if any: sending again is worth a question.
    std::optional<InvitationLog::Entry> previousInvitation(const Occurrence& occurrence,
                                                           int participant) const;

    // Invitations whose dates have changed since they went out.
    InvitationChanges& changes() { return *m_changes; }
    using ChangeComposed
        = std::function<void(const std::optional<InviteMessage>& message, const QString& errorMessage)>;
    // Tells the participant of a change the way the link went: by e-mail through the outbox (the
    // message is composed now, while a deleted appointment's participant is still known), or handed
    // back for the counselor to pass on and confirm with recordChangePassedOn().
    void sendChange(const InvitationChanges::Outdated& outdated, const ChangeComposed& done);
    bool recordChangePassedOn(const InvitationChanges::Outdated& outdated, const InviteMessage& message,
                              QString* errorMessage);

    // Queues due reminders, then tries every waiting message that is due; runs by itself every
    // minute once started.
    void processOutbox();
    void startOutbox();
    bool retry(qint64 id, QString* errorMessage);
    bool cancel(qint64 id, QString* errorMessage);

    // Which of InviteComposer::senderDetails() this participant's templates need but the settings
    // lack: asked for before anything is sent.
    QStringList missingSenderDetails(const Occurrence& occurrence, int participant) const;
    void setSenderDetail(const QString& name, const QString& value);

    InviteChannel defaultLinkChannel() const;
    InviteChannel defaultPasswordChannel() const;

    // Pause before attempt n+1: 1, 2, 4 … minutes, at most an hour.
    static qint64 backoffMs(int attempts);
    static constexpr int maxAttempts = 12;

Q_SIGNALS:
    // A waiting message was sent, or gave up.
    void outboxAttempted(qint64 id, bool sent, const QString& errorMessage);

private:
    using Composition = std::function<std::optional<InvitePair>(
        const InviteComposer& composer, const InviteComposer::Context& context, QString* errorMessage)>;
    // Fetches the room password, then composes.
    void composeWith(const Occurrence& occurrence, int participant, const Composed& done,
                     const Composition& composition);
    // The way the newest message of this kind to this participant went or waits to go, if any.
    std::optional<InviteChannel> wayTaken(const Occurrence& occurrence, int participant,
                                          InviteMessage::Kind kind) const;
    InviteComposer::Context contextFor(const Occurrence& occurrence, int participant) const;
    void composeOne(const Occurrence& occurrence, int participant, InviteMessage::Kind kind,
                    InviteChannel channel, const Composed& done);
    bool queue(const Occurrence& occurrence, const InvitePair& pair, const QList<InviteMessage>& messages,
               InvitationLog::Purpose purpose, QString* errorMessage);
    // Puts the reminders that are due for invited participants into the outbox, once each.
    void queueReminders();
    void queueReminder(const Occurrence& occurrence, int participant, InviteMessage::Kind kind,
                       InviteChannel channel);
    bool recordPassedOn(const Occurrence& occurrence, int participant, const InviteMessage& message,
                        InvitationLog::Status status, const QString& reason, QString* errorMessage);
    InvitationLog::Entry changeEntry(const InvitationChanges::Outdated& outdated,
                                     InviteChannel channel) const;
    void deliver(InvitationLog::Entry entry);
    // Sends a composed message by e-mail or SMS with the credentials from the keychain.
    void transmit(const InvitationLog::Entry& entry, const InviteMessage& message);
    void finishAttempt(InvitationLog::Entry entry, bool ok, bool retryable, const QString& errorMessage);

    Settings& m_settings;
    SecretStore& m_secrets;
    AppointmentStore& m_store;
    InvitationLog& m_log;
    QNetworkAccessManager& m_network;
    const Clock& m_clock;
    QTimer* m_timer;
    QSet<qint64> m_inFlight;
    InvitationChanges* m_changes;
    // Messages about changes, composed when the counselor chose to send them, by log entry: the
    // appointment may be gone by the next attempt. Memory only, like every message.
    QHash<qint64, InviteMessage> m_changeMessages;
    // Invitations being composed for sending, by occurrence and participant.
    QSet<QString> m_sending;
};
