#include "core/invite/InviteService.h"

#include "core/base/Clock.h"
#include "core/base/Logging.h"
#include "core/base/SecureUrl.h"
#include "core/calendar/AppointmentStore.h"
#include "core/invite/SmsGatewayChannel.h"
#include "core/invite/SmtpChannel.h"
#include "core/meeting/SessionPlanner.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"

#include <QTimer>

namespace {
QString invitationKey(const Occurrence& occurrence, int participant)
{
    return occurrence.appointment->uid + QLatin1Char('|')
        + QString::number(occurrence.recurrenceId.isValid() ? occurrence.recurrenceId.toMSecsSinceEpoch()
                                                            : -1)
        + QLatin1Char('|') + QString::number(participant);
}
} // namespace

InviteService::InviteService(Settings& settings, SecretStore& secrets, AppointmentStore& store,
                             InvitationLog& log, QNetworkAccessManager& network, const Clock& clock,
                             QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_store(store)
    , m_log(log)
    , m_network(network)
    , m_clock(clock)
    , m_timer(new QTimer(this))
    , m_changes(new InvitationChanges(store, log, clock, this))
{
    connect(m_timer, &QTimer::timeout, this, &InviteService::processOutbox);
}

InviteChannel InviteService::defaultLinkChannel() const
{
    return m_settings.smtp().isConfigured() ? InviteChannel::Smtp : InviteChannel::Mailto;
}

InviteChannel InviteService::defaultPasswordChannel() const
{
    return m_settings.sms().isConfigured() ? InviteChannel::Sms : InviteChannel::Phone;
}

qint64 InviteService::backoffMs(int attempts)
{
    return qMin(qint64(60), qint64(1) << qMin(attempts, 6)) * 60 * 1000;
}

void InviteService::compose(const Occurrence& occurrence, int participant, InviteChannel linkChannel,
                            InviteChannel passwordChannel, const Composed& done)
{
    composeWith(occurrence, participant, done,
                [linkChannel, passwordChannel](const InviteComposer& composer,
                                               const InviteComposer::Context& context, QString* error) {
                    return composer.compose(context, linkChannel, passwordChannel, error);
                });
}

void InviteService::composeWith(const Occurrence& occurrence, int participant, const Composed& done,
                                const Composition& composition)
{
    QString error;
    const QUrl link = SessionPlanner::guestLinkFor(m_settings, *occurrence.appointment, &error);
    if (link.isEmpty()) {
        QTimer::singleShot(0, this, [done, error] { done(std::nullopt, error); });
        return;
    }
    SessionPlanner::fetchRoomPassword(
        m_secrets, *occurrence.appointment, this,
        [this, occurrence, participant, composition, link, done](const std::optional<QString>& password,
                                                                 const QString& keyError) {
            if (!password) {
                done(std::nullopt, keyError);
                return;
            }
            InviteComposer::Context context = contextFor(occurrence, participant);
            context.guestLink = link;
            context.password = *password;
            QString composeError;
            const std::optional<InvitePair> pair
                = composition(InviteComposer(m_settings.inviteTemplateDirectory()), context, &composeError);
            done(pair, composeError);
        });
}

InviteComposer::Context InviteService::contextFor(const Occurrence& occurrence, int participant) const
{
    InviteComposer::Context context;
    context.occurrence = occurrence;
    context.participantIndex = participant;
    context.counselorName = m_settings.counselorName();
    context.organization = m_settings.organizationName();
    context.privacyNotice = m_settings.privacyNoticeUrl();
    const QString uid = occurrence.appointment->uid;
    context.sequence = m_changes->sequenceOf(uid);
    context.organizerEmail = SmtpChannel::address(m_settings.smtp().from);
    const std::optional<Appointment> series = m_store.find(uid);
    if (!series || !series->isRecurring())
        return context;
    // The client is invited to the series: the dates from this one on (a year of them) go into the
    // message, the series itself into the calendar file.
    for (const Occurrence& date : m_store.occurrences(occurrence.start, occurrence.start.addYears(1))) {
        if (date.appointment->uid == uid && date.start >= occurrence.start
            && !date.appointment->isCancelled())
            context.seriesDates.append(date);
    }
    context.seriesHasNoEnd = !series->rrule.isEmpty() && !series->rrule.contains(QLatin1String("COUNT="))
        && !series->rrule.contains(QLatin1String("UNTIL="));
    context.series = QList<Appointment> { *series } + m_store.exceptionsOf(uid);
    return context;
}

QStringList InviteService::missingSenderDetails(const Occurrence& occurrence, int participant) const
{
    // Composed without link and password, only to see which of the sender's details the templates lack.
    QString error;
    QStringList missing;
    InviteComposer(m_settings.inviteTemplateDirectory())
        .compose(contextFor(occurrence, participant), InviteChannel::Clipboard, InviteChannel::Phone, &error,
                 &missing);
    QStringList details;
    for (const QString& name : std::as_const(missing)) {
        if (InviteComposer::senderDetails().contains(name))
            details.append(name);
    }
    return details;
}

void InviteService::setSenderDetail(const QString& name, const QString& value)
{
    if (name == QLatin1String("counselor"))
        m_settings.setCounselorName(value);
    else if (name == QLatin1String("organization"))
        m_settings.setOrganizationName(value);
    else if (name == QLatin1String("privacyNotice"))
        m_settings.setPrivacyNoticeUrl(SecureUrl::fromUserInput(value));
}

void InviteService::composeOne(const Occurrence& occurrence, int participant, InviteMessage::Kind kind,
                               InviteChannel channel, const Composed& done)
{
    // The rules check this message against the way the other one went (the password copied after
    // the link was e-mailed is fine, after the link was copied too it is not); before it has gone,
    // against a way that differs.
    const bool link = kind == InviteMessage::Kind::Link;
    const InviteChannel other
        = wayTaken(occurrence, participant, link ? InviteMessage::Kind::Password : InviteMessage::Kind::Link)
              .value_or(link                                      ? InviteChannel::Phone
                            : channel == InviteChannel::Clipboard ? InviteChannel::Mailto
                                                                  : InviteChannel::Clipboard);
    composeWith(occurrence, participant, done,
                [kind, channel, other](const InviteComposer& composer, const InviteComposer::Context& context,
                                       QString* error) {
                    return composer.composeAgain(context, kind, channel, other, error);
                });
}

std::optional<InviteChannel> InviteService::wayTaken(const Occurrence& occurrence, int participant,
                                                     InviteMessage::Kind kind) const
{
    std::optional<InviteChannel> newest;
    for (const InvitationLog::Entry& entry : m_log.forAppointment(occurrence.appointment->uid)) {
        if (entry.purpose == InvitationLog::Purpose::Invitation && entry.kind == kind
            && entry.participant == participant && entry.recurrenceId == occurrence.recurrenceId
            && InvitationLog::isOutOrWaiting(entry.status))
            newest = entry.channel; // entries come oldest first
    }
    return newest;
}

void InviteService::send(const Occurrence& occurrence, int participant, InviteChannel linkChannel,
                         InviteChannel passwordChannel, const Sent& done)
{
    const QString key = invitationKey(occurrence, participant);
    if (m_sending.contains(key)) {
        const QString busy = tr("This invitation is being sent already.");
        QTimer::singleShot(0, this, [done, busy] { done(std::nullopt, busy); });
        return;
    }
    m_sending.insert(key);
    compose(occurrence, participant, linkChannel, passwordChannel,
            [this, occurrence, key, done](const std::optional<InvitePair>& pair, const QString& error) {
                m_sending.remove(key);
                QString queueError;
                if (pair
                    && !queue(occurrence, *pair, { pair->link, pair->password },
                              InvitationLog::Purpose::Invitation, &queueError))
                    done(std::nullopt, queueError);
                else
                    done(pair, error);
            });
}

void InviteService::sendOne(const Occurrence& occurrence, int participant, InviteMessage::Kind kind,
                            InviteChannel channel, const Sent& done)
{
    composeOne(occurrence, participant, kind, channel,
               [this, occurrence, kind, done](const std::optional<InvitePair>& pair, const QString& error) {
                   QString queueError;
                   if (pair
                       && !queue(occurrence, *pair,
                                 { kind == InviteMessage::Kind::Link ? pair->link : pair->password },
                                 InvitationLog::Purpose::Invitation, &queueError))
                       done(std::nullopt, queueError);
                   else
                       done(pair, error);
               });
}

bool InviteService::queue(const Occurrence& occurrence, const InvitePair& pair,
                          const QList<InviteMessage>& messages, InvitationLog::Purpose purpose,
                          QString* errorMessage)
{
    QList<InvitationLog::Entry> queued;
    const QList<InvitationLog::Entry> logged = m_log.forAppointment(occurrence.appointment->uid);
    for (const InviteMessage& message : messages) {
        if (!InviteMessage::isSentByVieraugen(message.channel))
            continue;
        const auto waiting
            = std::find_if(logged.cbegin(), logged.cend(), [&](const InvitationLog::Entry& entry) {
                  return entry.status == InvitationLog::Status::Pending && entry.purpose == purpose
                      && entry.recurrenceId == occurrence.recurrenceId
                      && entry.participant == pair.participantIndex && entry.kind == message.kind
                      && entry.channel == message.channel;
              });
        if (waiting != logged.cend()) {
            // The same message already waits: it is tried again now rather than sent twice later.
            if (!m_inFlight.contains(waiting->id))
                queued.append(*waiting);
            continue;
        }
        InvitationLog::Entry entry;
        entry.appointmentUid = occurrence.appointment->uid;
        entry.recurrenceId = occurrence.recurrenceId;
        entry.participant = pair.participantIndex;
        entry.kind = message.kind;
        entry.channel = message.channel;
        entry.purpose = purpose;
        entry.id = m_log.add(entry, errorMessage);
        if (entry.id == 0)
            return false;
        queued.append(entry);
    }
    for (const InvitationLog::Entry& entry : std::as_const(queued))
        deliver(entry);
    return true;
}

bool InviteService::recordHandedOver(const Occurrence& occurrence, int participant,
                                     const InviteMessage& message, QString* errorMessage)
{
    // Of a copied message only the copying is known; the counselor says when it was passed on.
    return recordPassedOn(occurrence, participant, message,
                          message.channel == InviteChannel::Clipboard ? InvitationLog::Status::Copied
                                                                      : InvitationLog::Status::HandedOver,
                          {}, errorMessage);
}

bool InviteService::markPassedOn(qint64 id, QString* errorMessage)
{
    std::optional<InvitationLog::Entry> entry = m_log.find(id);
    if (!entry || entry->status != InvitationLog::Status::Copied) {
        *errorMessage = tr("Only a copied message can be marked as passed on.");
        return false;
    }
    entry->status = InvitationLog::Status::HandedOver;
    return m_log.update(*entry, errorMessage);
}

bool InviteService::recordHandOverFailed(const Occurrence& occurrence, int participant,
                                         const InviteMessage& message, const QString& reason,
                                         QString* errorMessage)
{
    qCInfo(lcInvite) << "could not pass on a" << InviteMessage::kindName(message.kind) << "message by"
                     << InviteMessage::channelName(message.channel);
    return recordPassedOn(occurrence, participant, message, InvitationLog::Status::Failed, reason,
                          errorMessage);
}

bool InviteService::recordPassedOn(const Occurrence& occurrence, int participant,
                                   const InviteMessage& message, InvitationLog::Status status,
                                   const QString& reason, QString* errorMessage)
{
    InvitationLog::Entry entry;
    entry.appointmentUid = occurrence.appointment->uid;
    entry.recurrenceId = occurrence.recurrenceId;
    entry.participant = participant;
    entry.kind = message.kind;
    entry.channel = message.channel;
    entry.status = status;
    entry.attempts = 1;
    entry.lastError = reason;
    if (message.kind == InviteMessage::Kind::Link && status != InvitationLog::Status::Failed)
        m_changes->stamp(entry, occurrence.start);
    return m_log.add(entry, errorMessage) != 0;
}

std::optional<InvitationLog::Entry> InviteService::previousInvitation(const Occurrence& occurrence,
                                                                      int participant) const
{
    std::optional<InvitationLog::Entry> newest;
    for (const InvitationLog::Entry& entry : m_log.forAppointment(occurrence.appointment->uid)) {
        if (InvitationLog::isOutOrWaiting(entry.status) && entry.purpose == InvitationLog::Purpose::Invitation
            && entry.kind == InviteMessage::Kind::Link && entry.participant == participant
            && entry.recurrenceId == occurrence.recurrenceId && (!newest || entry.created >= newest->created))
            newest = entry;
    }
    return newest;
}

void InviteService::startOutbox()
{
    m_timer->start(60 * 1000);
    QTimer::singleShot(0, this, &InviteService::processOutbox);
}

void InviteService::queueReminders()
{
    const bool email = m_settings.reminderEmailDayBefore() && m_settings.smtp().isConfigured();
    const int smsMinutes = m_settings.sms().isConfigured() ? m_settings.reminderSmsMinutesBefore() : 0;
    if (!email && smsMinutes == 0)
        return;
    const QDateTime now = m_clock.nowUtc();
    for (const Occurrence& occurrence : m_store.occurrences(now, now.addDays(1).addSecs(60))) {
        const Appointment& appointment = *occurrence.appointment;
        if (appointment.kind != SessionKind::Jitsi || appointment.isCancelled())
            continue;
        const QList<InvitationLog::Entry> entries = m_log.forAppointment(appointment.uid);
        const auto reminded = [&](int participant, InviteMessage::Kind kind) {
            return std::any_of(entries.cbegin(), entries.cend(), [&](const InvitationLog::Entry& entry) {
                return entry.participant == participant && entry.purpose == InvitationLog::Purpose::Reminder
                    && entry.kind == kind && entry.recurrenceId == occurrence.recurrenceId;
            });
        };
        // When the participant received the link (any date of a series counts); invalid if never.
        const auto invitedAt = [&](int participant) {
            QDateTime first;
            for (const InvitationLog::Entry& entry : entries) {
                const bool delivered = entry.status == InvitationLog::Status::Sent
                    || entry.status == InvitationLog::Status::HandedOver
                    || entry.status == InvitationLog::Status::Copied;
                if (entry.participant == participant && entry.purpose == InvitationLog::Purpose::Invitation
                    && entry.kind == InviteMessage::Kind::Link && delivered
                    && (!first.isValid() || entry.created < first))
                    first = entry.created;
            }
            return first;
        };
        const qint64 secondsLeft = now.secsTo(occurrence.start);
        for (int participant = 0; participant < appointment.participants.size(); ++participant) {
            // Only those invited get reminded, and not right after a late invitation.
            const QDateTime invited = invitedAt(participant);
            if (!invited.isValid())
                continue;
            if (email && secondsLeft > 3600 && invited.secsTo(occurrence.start) > 24 * 3600
                && !reminded(participant, InviteMessage::Kind::Link))
                queueReminder(occurrence, participant, InviteMessage::Kind::Link, InviteChannel::Smtp);
            if (smsMinutes > 0 && secondsLeft > 0 && secondsLeft <= qint64(smsMinutes) * 60
                && invited.secsTo(occurrence.start) > qint64(smsMinutes) * 60
                && !reminded(participant, InviteMessage::Kind::Password))
                queueReminder(occurrence, participant, InviteMessage::Kind::Password, InviteChannel::Sms);
        }
    }
}

void InviteService::queueReminder(const Occurrence& occurrence, int participant, InviteMessage::Kind kind,
                                  InviteChannel channel)
{
    // Logged at once, so that the next pass does not queue it again while it is composed.
    InvitationLog::Entry entry;
    entry.appointmentUid = occurrence.appointment->uid;
    entry.recurrenceId = occurrence.recurrenceId;
    entry.participant = participant;
    entry.kind = kind;
    entry.channel = channel;
    entry.purpose = InvitationLog::Purpose::Reminder;
    QString error;
    entry.id = m_log.add(entry, &error);
    if (entry.id == 0) {
        qCWarning(lcInvite) << "could not queue a reminder";
        return;
    }
    qCInfo(lcInvite) << "reminder queued:" << InviteMessage::kindName(kind);
    deliver(entry);
}

void InviteService::processOutbox()
{
    queueReminders();
    for (const InvitationLog::Entry& entry : m_log.due()) {
        if (!m_inFlight.contains(entry.id))
            deliver(entry);
    }
}

bool InviteService::retry(qint64 id, QString* errorMessage)
{
    std::optional<InvitationLog::Entry> entry = m_log.find(id);
    if (!entry
        || (entry->status != InvitationLog::Status::Failed
            && entry->status != InvitationLog::Status::Pending)) {
        *errorMessage = tr("This message is not waiting in the outbox.");
        return false;
    }
    if (!InviteMessage::isSentByVieraugen(entry->channel)) {
        // A mail program that did not open: only the counselor can pass it on another way.
        *errorMessage = tr("Vieraugen cannot send this message itself. Send the invitation again and "
                           "choose another way.");
        return false;
    }
    entry->status = InvitationLog::Status::Pending;
    entry->nextAttempt = {};
    if (!m_log.update(*entry, errorMessage))
        return false;
    if (!m_inFlight.contains(id))
        deliver(*entry);
    return true;
}

bool InviteService::cancel(qint64 id, QString* errorMessage)
{
    std::optional<InvitationLog::Entry> entry = m_log.find(id);
    if (!entry
        || (entry->status != InvitationLog::Status::Pending
            && entry->status != InvitationLog::Status::Failed)) {
        *errorMessage = tr("This message has already left.");
        return false;
    }
    entry->status = InvitationLog::Status::Cancelled;
    entry->nextAttempt = {};
    return m_log.update(*entry, errorMessage);
}

void InviteService::deliver(InvitationLog::Entry entry)
{
    if (entry.purpose == InvitationLog::Purpose::Update
        || entry.purpose == InvitationLog::Purpose::Cancellation) {
        const auto message = m_changeMessages.constFind(entry.id);
        if (message == m_changeMessages.cend()) {
            finishAttempt(entry, false, false,
                          tr("This change was composed before Vieraugen was last closed and is gone with it. "
                             "Send the invitation again."));
            return;
        }
        m_inFlight.insert(entry.id);
        transmit(entry, *message);
        return;
    }
    const std::optional<Occurrence> occurrence
        = m_store.occurrenceOf(entry.appointmentUid, entry.recurrenceId);
    if (!occurrence) {
        finishAttempt(entry, false, false, tr("The appointment no longer exists."));
        return;
    }
    m_inFlight.insert(entry.id);
    composeOne(*occurrence, entry.participant, entry.kind, entry.channel,
               [this, entry](const std::optional<InvitePair>& pair, const QString& error) {
                   if (!pair) {
                       finishAttempt(entry, false, false, error);
                       return;
                   }
                   transmit(entry, entry.kind == InviteMessage::Kind::Link ? pair->link : pair->password);
               });
}

void InviteService::transmit(const InvitationLog::Entry& entry, const InviteMessage& message)
{
    const bool smtp = message.channel == InviteChannel::Smtp;
    SecretReply* secret = smtp
        ? m_secrets.read(QLatin1String(SmtpSettings::secretOwner), QLatin1String(SmtpSettings::passwordName))
        : m_secrets.read(QLatin1String(SmsSettings::secretOwner), QLatin1String(SmsSettings::secretName));
    connect(secret, &SecretReply::finished, this, [this, entry, message, smtp, secret] {
        // A mail server without login needs no password.
        if (!secret->ok() && !(smtp && secret->status() == SecretReply::Status::NotFound)) {
            finishAttempt(entry, false, secret->status() != SecretReply::Status::NotFound,
                          secret->errorString());
            return;
        }
        const auto finished = [this, entry](QObject* channel) {
            return [this, entry, channel](const SendResult& result) {
                channel->deleteLater();
                finishAttempt(entry, result.ok, result.retryable, result.errorMessage);
            };
        };
        if (smtp) {
            auto* channel = new SmtpChannel(m_settings.smtp(), this);
            channel->send(message, secret->value(), finished(channel));
        } else {
            auto* channel = new SmsGatewayChannel(m_settings.sms(), m_network, this);
            channel->send(message.to, message.body, secret->value(), finished(channel));
        }
    });
}

InvitationLog::Entry InviteService::changeEntry(const InvitationChanges::Outdated& outdated,
                                                InviteChannel channel) const
{
    const bool cancelled = InviteComposer::isCancellation(outdated.change);
    InvitationLog::Entry entry;
    entry.appointmentUid = outdated.entry.appointmentUid;
    entry.recurrenceId = outdated.occurrence.recurrenceId;
    entry.participant = outdated.entry.participant;
    entry.kind = InviteMessage::Kind::Link;
    entry.channel = channel;
    entry.purpose = cancelled ? InvitationLog::Purpose::Cancellation : InvitationLog::Purpose::Update;
    // What the client now knows: the date named, and the dates as they are.
    entry.forStart = outdated.occurrence.start;
    entry.schedule = outdated.schedule;
    entry.cancelledDates = outdated.cancelledDates;
    return entry;
}

void InviteService::sendChange(const InvitationChanges::Outdated& outdated, const ChangeComposed& done)
{
    const InviteChannel channel = outdated.entry.channel;
    InviteComposer::Context context = contextFor(outdated.occurrence, outdated.entry.participant);
    if (context.series.isEmpty())
        context.series = outdated.series; // deleted: as it was
    context.sequence = m_changes->sequenceOf(outdated.entry.appointmentUid) + 1;
    context.cancelledDates = outdated.newlyCancelled;
    QString error;
    context.guestLink = SessionPlanner::guestLinkFor(m_settings, *outdated.occurrence.appointment, &error);
    std::optional<InviteMessage> message
        = InviteComposer(m_settings.inviteTemplateDirectory())
              .composeChange(context, outdated.change, outdated.entry.forStart, channel, &error);
    if (message && channel == InviteChannel::Smtp) {
        InvitationLog::Entry entry = changeEntry(outdated, channel);
        entry.id = m_log.add(entry, &error);
        if (entry.id == 0) {
            message.reset();
        } else {
            qCInfo(lcInvite) << "change queued:" << InvitationLog::statusName(entry.status);
            m_changeMessages.insert(entry.id, *message);
            deliver(entry);
        }
    }
    QTimer::singleShot(0, this, [done, message, error] { done(message, message ? QString() : error); });
}

bool InviteService::recordChangePassedOn(const InvitationChanges::Outdated& outdated,
                                         const InviteMessage& message, QString* errorMessage)
{
    InvitationLog::Entry entry = changeEntry(outdated, message.channel);
    entry.status = InvitationLog::Status::HandedOver;
    entry.attempts = 1;
    return m_log.add(entry, errorMessage) != 0;
}

void InviteService::finishAttempt(InvitationLog::Entry entry, bool ok, bool retryable,
                                  const QString& errorMessage)
{
    m_inFlight.remove(entry.id);
    ++entry.attempts;
    entry.lastError = ok ? QString() : errorMessage;
    if (ok) {
        entry.status = InvitationLog::Status::Sent;
        entry.nextAttempt = {};
        // The link went with the date as it stands now (it is composed afresh for each attempt).
        if (entry.kind == InviteMessage::Kind::Link && entry.purpose == InvitationLog::Purpose::Invitation) {
            if (const std::optional<Occurrence> occurrence
                = m_store.occurrenceOf(entry.appointmentUid, entry.recurrenceId))
                m_changes->stamp(entry, occurrence->start);
        }
    } else if (retryable && entry.attempts < maxAttempts) {
        entry.status = InvitationLog::Status::Pending;
        entry.nextAttempt = QDateTime::fromMSecsSinceEpoch(
            m_clock.currentMSecsSinceEpoch() + backoffMs(entry.attempts), Qt::UTC);
    } else {
        entry.status = InvitationLog::Status::Failed;
        entry.nextAttempt = {};
    }
    if (entry.status != InvitationLog::Status::Pending)
        m_changeMessages.remove(entry.id);
    QString logError;
    if (!m_log.update(entry, &logError))
        qCWarning(lcInvite) << "could not record an outbox attempt";
    qCInfo(lcInvite) << "outbox entry" << entry.id << InvitationLog::statusName(entry.status) << "after"
                     << entry.attempts << "attempts";
    Q_EMIT outboxAttempted(entry.id, ok, errorMessage);
}
