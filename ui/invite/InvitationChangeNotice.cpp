#include "ui/invite/InvitationChangeNotice.h"

#include "core/base/DateFormats.h"
#include "core/invite/InviteService.h"
#include "ui/common/MessageBox.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace {
using Outdated = InvitationChanges::Outdated;

bool sameQuestion(const QList<Outdated>& some, const QList<Outdated>& others)
{
    return std::equal(some.cbegin(), some.cend(), others.cbegin(), others.cend(),
                      [](const Outdated& one, const Outdated& other) {
                          return one.entry.id == other.entry.id && one.schedule == other.schedule;
                      });
}

// The outdated invitations that one change concerns: seed's, to every participant of its appointment.
QList<Outdated> sameChange(const QList<Outdated>& outdated, const Outdated& seed)
{
    QList<Outdated> concerned;
    std::copy_if(outdated.cbegin(), outdated.cend(), std::back_inserter(concerned),
                 [&seed](const Outdated& candidate) {
                     return candidate.entry.appointmentUid == seed.entry.appointmentUid
                         && candidate.change == seed.change
                         && candidate.occurrence.start == seed.occurrence.start
                         && candidate.newlyCancelled == seed.newlyCancelled;
                 });
    return concerned;
}

QString participantName(const Outdated& outdated)
{
    return outdated.occurrence.appointment->participants.value(outdated.entry.participant).displayName;
}
} // namespace

InvitationChangeNotice::InvitationChangeNotice(InviteService& service, QWidget* window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
{
    // Queued: the question comes once the change (and its status message) is complete.
    connect(&service.changes(), &InvitationChanges::changed, this, &InvitationChangeNotice::refresh,
            Qt::QueuedConnection);
    refresh();
}

QString InvitationChangeNotice::shortDateTime(const QDateTime& time)
{
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QStringLiteral("ddd ") + DateFormats::numericDayMonth(locale))
        + QLatin1Char(' ') + locale.toString(local.time(), QLocale::ShortFormat);
}

QString InvitationChangeNotice::names(const QList<Outdated>& participants)
{
    if (participants.isEmpty())
        return {};
    const QString first = participantName(participants.first());
    if (participants.size() == 1)
        return first;
    const QString second = participantName(participants.at(1));
    if (participants.size() == 2)
        return tr("%1 and %2").arg(first, second);
    return tr("%1, %2 and %n more", nullptr, int(participants.size() - 2)).arg(first, second);
}

QString InvitationChangeNotice::question(const QList<Outdated>& participants)
{
    const QString when = shortDateTime(participants.first().entry.forStart);
    const QString who = names(participants);
    const InviteComposer::Change change = participants.first().change;
    // Dates of the series cancelled, not the date their message named: those dates are the news.
    if (const QList<QDateTime>& cancelled = participants.first().newlyCancelled;
        change == InviteComposer::Change::SeriesChanged && !cancelled.isEmpty()) {
        QStringList dates;
        for (const QDateTime& date : cancelled)
            dates.append(shortDateTime(date));
        const QString which = dates.join(QStringLiteral(", "));
        if (participants.size() == 1) {
            return cancelled.size() == 1
                ? tr("%1 is invited to this series. Tell them that the date on %2 is cancelled?")
                      .arg(who, which)
                : tr("%1 is invited to this series. Tell them that the dates on %2 are cancelled?")
                      .arg(who, which);
        }
        return cancelled.size() == 1
            ? tr("%1 are invited to this series. Tell them that the date on %2 is cancelled?").arg(who, which)
            : tr("%1 are invited to this series. Tell them that the dates on %2 are cancelled?")
                  .arg(who, which);
    }
    // A moved date: which time is new is said here, not only in the status bar.
    if (change == InviteComposer::Change::Moved) {
        const QString now = shortDateTime(participants.first().occurrence.start);
        return participants.size() == 1
            ? tr("%1 was invited for %2. Tell them the new time, %3?").arg(who, when, now)
            : tr("%1 were invited for %2. Tell them the new time, %3?").arg(who, when, now);
    }
    if (participants.size() == 1) {
        if (change == InviteComposer::Change::Reinstated)
            return tr("%1 was told that %2 is cancelled. Tell them it takes place after all?").arg(who, when);
        return InviteComposer::isCancellation(change)
            ? tr("%1 was invited for %2. Tell them it is cancelled?").arg(who, when)
            : tr("%1 was invited for %2. Tell them the new time?").arg(who, when);
    }
    if (change == InviteComposer::Change::Reinstated)
        return tr("%1 were told that %2 is cancelled. Tell them it takes place after all?").arg(who, when);
    return InviteComposer::isCancellation(change)
        ? tr("%1 were invited for %2. Tell them it is cancelled?").arg(who, when)
        : tr("%1 were invited for %2. Tell them the new time?").arg(who, when);
}

QString InvitationChangeNotice::howTheyAreTold(const QList<Outdated>& participants)
{
    const InviteChannel channel = participants.first().entry.channel;
    if (std::any_of(participants.cbegin(), participants.cend(),
                    [channel](const Outdated& one) { return one.entry.channel != channel; }))
        return tr("Each is told the way their link went: by Vieraugen's e-mail, in your mail program, or "
                  "copied for you to pass on. The room password is not in it.");
    switch (channel) {
    case InviteChannel::Smtp:
        // A cancellation keeps no link or password to speak of, nor do cancelled dates of a series.
        if (InviteComposer::isCancellation(participants.first().change)
            || !participants.first().newlyCancelled.isEmpty())
            return tr("Vieraugen e-mails it with an entry that takes the date out of their calendar, as it "
                      "sent the invitation. The room password is not in it.");
        return tr("Vieraugen e-mails it with an entry for their calendar, as it did the "
                  "invitation. The link and the room password stay the same; the password "
                  "is not in the message.");
    case InviteChannel::Mailto:
        return tr("Your mail program opens with the message, as it did for the invitation. "
                  "The room password is not in it.");
    default:
        return tr("The message is copied for you to pass on the way the link went. The room "
                  "password is not in it.");
    }
}

void InvitationChangeNotice::refresh()
{
    if (m_copying)
        return;
    const QList<Outdated> outdated = m_service.changes().outdated();
    const bool asking = !m_asked.isEmpty() && m_box && m_box->isVisible();
    QList<Outdated> next = asking ? sameChange(outdated, m_asked.first()) : QList<Outdated>();
    if (next.isEmpty() && !outdated.isEmpty())
        next = sameChange(outdated, outdated.first());
    if (asking && sameQuestion(next, m_asked))
        return;
    m_asked = next;
    if (m_asked.isEmpty()) {
        // Undone, or told meanwhile: the question no longer applies.
        if (m_box)
            m_box->hide();
        return;
    }
    if (!m_box) {
        // Not modal: the calendar stays usable, and the change undoable, while the question waits.
        m_box = new QMessageBox(QMessageBox::Question, tr("Invitation Outdated"), {}, QMessageBox::NoButton,
                                m_window);
        m_box->setObjectName(QStringLiteral("invitationChangeNotice"));
        m_box->setWindowModality(Qt::NonModal);
        m_tell = m_box->addButton(tr("&Tell"), QMessageBox::AcceptRole);
        m_box->addButton(tr("&Don't Tell"), QMessageBox::RejectRole);
        m_box->setDefaultButton(m_tell);
        connect(m_box, &QMessageBox::finished, this, [this] { answer(m_box->clickedButton() == m_tell); });
    }
    m_box->setText(question(m_asked));
    m_box->setInformativeText(howTheyAreTold(m_asked));
    m_box->show();
    m_box->raise();
}

void InvitationChangeNotice::answer(bool tell)
{
    if (m_asked.isEmpty())
        return;
    const QList<Outdated> asked = std::exchange(m_asked, {});
    if (!tell) {
        QStringList problems;
        for (const Outdated& participant : asked) {
            if (QString error; !m_service.changes().leaveUntold(participant, &error))
                problems.append(error);
        }
        if (!problems.isEmpty()) {
            QMessageBox::warning(
                m_window, tr("Answer Not Recorded"),
                tr("Vieraugen may ask again after a restart: %1").arg(problems.join(QLatin1Char('\n'))));
        }
        Q_EMIT reported(asked.size() == 1
                            ? tr("%1 was not told; the invitation is marked outdated.").arg(names(asked))
                            : tr("%1 were not told; the invitations are marked outdated.").arg(names(asked)));
        return;
    }
    // One answer for all: what happened is said once every message is composed.
    struct Answers
    {
        qsizetype awaited = 0;
        QList<std::pair<Outdated, InviteMessage>> composed;
        QStringList errors;
    };
    const auto answers = std::make_shared<Answers>();
    answers->awaited = asked.size();
    for (const Outdated& participant : asked) {
        m_service.sendChange(
            participant,
            [this, participant, answers](const std::optional<InviteMessage>& message, const QString& error) {
                if (message)
                    answers->composed.append({ participant, *message });
                else
                    answers->errors.append(error);
                if (--answers->awaited == 0)
                    passOn(answers->composed, answers->errors);
            });
    }
}

QList<Outdated>
InvitationChangeNotice::copyOneByOne(const QList<std::pair<Outdated, InviteMessage>>& messages,
                                     QStringList* problems)
{
    QList<Outdated> copied;
    m_copying = true;
    for (const auto& [outdated, message] : messages) {
        if (!copied.isEmpty()) {
            const QString next = participantName(outdated);
            const int choice = MessageBox::choose(m_window, tr("Pass On the Changes"),
                                                  tr("The message to %1 is copied. Pass it on the way the "
                                                     "link went; then copy the message to %2.")
                                                      .arg(participantName(copied.constLast()), next),
                                                  { tr("&Copy the Message to %1").arg(next) }, 0, tr("Stop"));
            // The others stay outdated: asked about again.
            if (choice != 0)
                break;
        }
        QGuiApplication::clipboard()->setText(message.subject + QStringLiteral("\n\n") + message.body);
        if (QString error; !m_service.recordChangePassedOn(outdated, message, &error))
            problems->append(error);
        copied.append(outdated);
    }
    m_copying = false;
    if (messages.size() > 1)
        refresh(); // about whoever was not copied
    return copied;
}

void InvitationChangeNotice::passOn(const QList<std::pair<Outdated, InviteMessage>>& composed,
                                    const QStringList& errors)
{
    QList<Outdated> queued;
    QList<Outdated> opened;
    QList<std::pair<Outdated, InviteMessage>> toCopy;
    QStringList problems = errors;
    for (const auto& [outdated, message] : composed) {
        if (message.channel == InviteChannel::Smtp) {
            queued.append(outdated);
            continue;
        }
        if (message.channel == InviteChannel::Mailto) {
            if (!QDesktopServices::openUrl(message.mailtoUrl())) {
                problems.append(
                    tr("No mail program opened. Tell %1 another way.").arg(participantName(outdated)));
                continue;
            }
            opened.append(outdated);
            if (QString error; !m_service.recordChangePassedOn(outdated, message, &error))
                problems.append(error);
        } else {
            toCopy.append({ outdated, message });
        }
    }
    const QList<Outdated> copied = copyOneByOne(toCopy, &problems);
    QStringList said;
    if (!queued.isEmpty())
        said.append(queued.size() == 1 ? tr("The message to %1 is in the outbox.").arg(names(queued))
                                       : tr("The messages to %1 are in the outbox.").arg(names(queued)));
    if (!opened.isEmpty())
        said.append(opened.size() == 1 ? tr("Your mail program has the message to %1.").arg(names(opened))
                                       : tr("Your mail program has the messages to %1.").arg(names(opened)));
    // The ones before the last were passed on while copying the next.
    if (!copied.isEmpty())
        said.append(tr("The message to %1 is copied. Pass it on the way the link went.")
                        .arg(participantName(copied.constLast())));
    if (!said.isEmpty())
        Q_EMIT reported(said.join(QLatin1Char(' ')));
    if (!problems.isEmpty()) {
        QMessageBox::warning(m_window, tr("Change Not Sent"), problems.join(QLatin1Char('\n')));
        refresh();
    }
}
