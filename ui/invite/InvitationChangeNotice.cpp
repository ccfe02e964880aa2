#include "ui/invite/InvitationChangeNotice.h"

#include "core/base/DateFormats.h"
#include "core/invite/InviteService.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

namespace {
bool sameQuestion(const InvitationChanges::Outdated& one, const InvitationChanges::Outdated& other)
{
    return one.entry.id == other.entry.id && one.schedule == other.schedule;
}

QString participantName(const InvitationChanges::Outdated& outdated)
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

QString InvitationChangeNotice::question(const InvitationChanges::Outdated& outdated)
{
    const QString when = shortDateTime(outdated.entry.forStart);
    const QString name = participantName(outdated);
    if (outdated.change == InviteComposer::Change::Reinstated)
        return tr("%1 was told that %2 is cancelled. Tell them it takes place after all?").arg(name, when);
    return InviteComposer::isCancellation(outdated.change)
        ? tr("%1 was invited for %2. Tell them it is cancelled?").arg(name, when)
        : tr("%1 was invited for %2. Tell them the new time?").arg(name, when);
}

void InvitationChangeNotice::refresh()
{
    const QList<InvitationChanges::Outdated> outdated = m_service.changes().outdated();
    if (m_asked && m_box && m_box->isVisible()
        && std::any_of(outdated.cbegin(), outdated.cend(),
                       [this](const InvitationChanges::Outdated& candidate) {
                           return sameQuestion(candidate, *m_asked);
                       }))
        return;
    m_asked.reset();
    if (outdated.isEmpty()) {
        // Undone, or told meanwhile: the question no longer applies.
        if (m_box)
            m_box->hide();
        return;
    }
    m_asked = outdated.first();
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
    m_box->setText(question(*m_asked));
    switch (m_asked->entry.channel) {
    case InviteChannel::Smtp:
        m_box->setInformativeText(tr("Vieraugen e-mails it with an entry for their calendar, as it did the "
                                     "invitation. The link and the room password stay the same; the password "
                                     "is not in the message."));
        break;
    case InviteChannel::Mailto:
        m_box->setInformativeText(
            tr("Your mail program opens with the message, as it did for the invitation. "
               "The room password is not in it."));
        break;
    default:
        m_box->setInformativeText(
            tr("The message is copied for you to pass on the way the link went. The room "
               "password is not in it."));
        break;
    }
    m_box->show();
    m_box->raise();
}

void InvitationChangeNotice::answer(bool tell)
{
    if (!m_asked)
        return;
    const InvitationChanges::Outdated asked = *m_asked;
    m_asked.reset();
    if (!tell) {
        Q_EMIT reported(
            tr("%1 was not told; the invitation is marked outdated.").arg(participantName(asked)));
        m_service.changes().leaveUntold(asked);
        return;
    }
    m_service.sendChange(
        asked, [this, asked](const std::optional<InviteMessage>& message, const QString& error) {
            if (!message) {
                QMessageBox::warning(m_window, tr("Change Not Sent"), error);
                refresh();
                return;
            }
            if (message->channel == InviteChannel::Smtp)
                Q_EMIT reported(tr("The message to %1 is in the outbox.").arg(participantName(asked)));
            else
                passOn(asked, *message);
        });
}

void InvitationChangeNotice::passOn(const InvitationChanges::Outdated& outdated, const InviteMessage& message)
{
    QString error;
    if (message.channel == InviteChannel::Mailto) {
        if (!QDesktopServices::openUrl(message.mailtoUrl())) {
            QMessageBox::warning(
                m_window, tr("Change Not Sent"),
                tr("No mail program opened. Tell %1 another way.").arg(participantName(outdated)));
            return;
        }
        Q_EMIT reported(tr("Your mail program has the message to %1.").arg(participantName(outdated)));
    } else {
        QGuiApplication::clipboard()->setText(message.subject + QStringLiteral("\n\n") + message.body);
        Q_EMIT reported(tr("The message to %1 is copied. Pass it on the way the link went.")
                            .arg(participantName(outdated)));
    }
    if (!m_service.recordChangePassedOn(outdated, message, &error))
        QMessageBox::warning(m_window, tr("Change Not Recorded"), error);
}
