#include "ui/invite/InviteDialog.h"

#include "core/base/SecureUrl.h"
#include "core/calendar/AppointmentStore.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteService.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReadableColors.h"
#include "ui/common/ScreenRoom.h"
#include "ui/common/SecretClipboard.h"
#include "ui/common/WrappingBar.h"
#include "ui/curtain/PrivacyCurtain.h"
#include "ui/invite/InvitationChangeNotice.h"
#include "ui/invite/ParticipantDialog.h"
#include "ui/invite/PhoneReadoutDialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
void addChannel(QComboBox* box, const QString& text, InviteChannel channel)
{
    box->addItem(text, int(channel));
}
} // namespace

InviteDialog::InviteDialog(InviteService& service, InvitationLog& log, AppointmentStore& store,
                           const Occurrence& occurrence, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_log(log)
    , m_store(store)
    , m_occurrence(occurrence)
    , m_participant(new QComboBox(this))
    , m_linkChannel(new QComboBox(this))
    , m_passwordChannel(new QComboBox(this))
    , m_linkPreview(new QPlainTextEdit(this))
    , m_passwordPreview(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_sendProblem(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_sentConfirmation(new QLabel(this))
    , m_senderDetails(new QPushButton(tr("Enter &Your Details…"), this))
    , m_history(new QTreeWidget(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel Sending"), this))
    , m_markPassedOn(new QPushButton(tr("&Mark as Passed On"), this))
    , m_resendPassword(new QPushButton(tr("Resend Passw&ord"), this))
    , m_sendNewLink(new QPushButton(tr("Send New L&ink"), this))
{
    setWindowTitle(tr("Invite to \"%1\"").arg(occurrence.appointment->title));
    // Opened from a session window too (Ctrl+I there), where the curtain leaves the session's own
    // questions in sight; the client's address and the room password must not stay readable.
    PrivacyCurtain::markClientData(*this);
    m_participant->setObjectName(QStringLiteral("participant"));
    m_linkChannel->setObjectName(QStringLiteral("linkChannel"));
    m_passwordChannel->setObjectName(QStringLiteral("passwordChannel"));
    m_linkPreview->setObjectName(QStringLiteral("linkPreview"));
    m_passwordPreview->setObjectName(QStringLiteral("passwordPreview"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_senderDetails->setObjectName(QStringLiteral("senderDetailsButton"));
    m_senderDetails->hide();
    m_history->setObjectName(QStringLiteral("history"));
    for (QPlainTextEdit* preview : { m_linkPreview, m_passwordPreview })
        preview->setReadOnly(true);
    m_passwordPreview->setMaximumHeight(80);
    m_sendProblem->setObjectName(QStringLiteral("sendProblem"));
    for (QLabel* label : { m_problem, m_sendProblem }) {
        label->setWordWrap(true);
        ReadableColors::showAs(label, ReadableColors::Notice::Problem);
    }
    m_sendProblem->hide();

    const bool smtp = m_service.defaultLinkChannel() == InviteChannel::Smtp;
    if (smtp)
        addChannel(m_linkChannel, tr("E-mail, sent by Vieraugen"), InviteChannel::Smtp);
    addChannel(m_linkChannel, tr("E-mail from my mail program"), InviteChannel::Mailto);
    addChannel(m_linkChannel, tr("Copy, I pass it on myself"), InviteChannel::Clipboard);
    if (m_service.defaultPasswordChannel() == InviteChannel::Sms)
        addChannel(m_passwordChannel, tr("Text message (SMS)"), InviteChannel::Sms);
    addChannel(m_passwordChannel, tr("Read out on the phone"), InviteChannel::Phone);
    addChannel(m_passwordChannel, tr("Copy, I pass it on myself"), InviteChannel::Clipboard);

    auto* addButton = new QPushButton(tr("&Add Participant…"), this);
    addButton->setObjectName(QStringLiteral("addParticipantButton"));
    auto* form = new QFormLayout;
    auto* participantRow = new QHBoxLayout;
    participantRow->addWidget(m_participant, 1);
    participantRow->addWidget(addButton);
    auto* participantLabel = new QLabel(tr("&Participant:"), this);
    participantLabel->setBuddy(m_participant);
    form->addRow(participantLabel, participantRow);
    form->addRow(tr("&Link goes by:"), m_linkChannel);
    form->addRow(tr("Pass&word goes by:"), m_passwordChannel);

    auto* previews = new QGroupBox(tr("As it will be sent"), this);
    auto* previewLayout = new QVBoxLayout(previews);
    // Each preview is named by its heading: without a buddy both took the group's title.
    const auto addPreview
        = [previews, previewLayout](const QString& heading, QPlainTextEdit* preview, int stretch) {
              auto* label = new QLabel(heading, previews);
              label->setBuddy(preview);
              previewLayout->addWidget(label);
              previewLayout->addWidget(preview, stretch);
          };
    addPreview(tr("Link message"), m_linkPreview, 3);
    addPreview(tr("Password message"), m_passwordPreview, 1);

    m_history->setHeaderLabels({ tr("When"), tr("Participant"), tr("Message"), tr("Way"), tr("State") });
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->setMaximumHeight(150);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSendingButton"));
    m_markPassedOn->setObjectName(QStringLiteral("markPassedOnButton"));
    m_resendPassword->setObjectName(QStringLiteral("resendPasswordButton"));
    m_sendNewLink->setObjectName(QStringLiteral("sendNewLinkButton"));
    // Two pairs side by side, or one above the other when large fonts leave no room.
    auto* pending = new QWidget(this);
    auto* pendingLayout = new QHBoxLayout(pending);
    auto* again = new QWidget(this);
    auto* againLayout = new QHBoxLayout(again);
    for (QHBoxLayout* pair : { pendingLayout, againLayout })
        pair->setContentsMargins(0, 0, 0, 0);
    pendingLayout->addWidget(m_retry);
    pendingLayout->addWidget(m_cancel);
    pendingLayout->addWidget(m_markPassedOn);
    pendingLayout->addStretch();
    againLayout->addStretch();
    againLayout->addWidget(m_resendPassword);
    againLayout->addWidget(m_sendNewLink);
    auto* historyButtons = new WrappingBar(pending, again, this);

    m_sentConfirmation->setObjectName(QStringLiteral("sentConfirmation"));
    m_sentConfirmation->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    m_send->setDefault(true);

    // The messages and what was sent scroll on a small screen at large fonts; what went wrong and
    // every button stay in sight below them (a button scrolled away was pressed by nobody).
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(form);
    contentLayout->addWidget(previews, 1);
    contentLayout->addWidget(new QLabel(tr("Sent and waiting"), this));
    m_history->setAccessibleName(tr("Sent and waiting")); // item views are not named by a label
    contentLayout->addWidget(m_history);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problem, 1);
    problemRow->addWidget(m_senderDetails, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(problemRow);
    layout->addWidget(m_sendProblem);
    layout->addWidget(historyButtons);
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sentConfirmation, 1);
    sendRow->addWidget(buttons);
    layout->addLayout(sendRow);
    ScreenRoom::resize(this, QSize(800, 640));

    // Adding a participant belongs to choosing one: right after the box, not after the log.
    setTabOrder(m_participant, addButton);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &InviteDialog::send);
    connect(addButton, &QPushButton::clicked, this, &InviteDialog::addParticipant);
    connect(m_senderDetails, &QPushButton::clicked, this, &InviteDialog::enterSenderDetails);
    connect(m_resendPassword, &QPushButton::clicked, this, &InviteDialog::resendPassword);
    connect(m_sendNewLink, &QPushButton::clicked, this, &InviteDialog::sendNewLink);
    const auto onSelected = [this](const std::function<bool(qint64, QString*)>& action) {
        QTreeWidgetItem* item = m_history->currentItem();
        QString error;
        if (item && !action(item->data(0, Qt::UserRole).toLongLong(), &error))
            MessageBox::information(this, windowTitle(), error);
    };
    connect(m_retry, &QPushButton::clicked, this, [this, onSelected] {
        onSelected([this](qint64 id, QString* error) { return m_service.retry(id, error); });
    });
    connect(m_cancel, &QPushButton::clicked, this, [this, onSelected] {
        onSelected([this](qint64 id, QString* error) { return m_service.cancel(id, error); });
    });
    connect(m_markPassedOn, &QPushButton::clicked, this, [this, onSelected] {
        onSelected([this](qint64 id, QString* error) { return m_service.markPassedOn(id, error); });
    });
    connect(m_history, &QTreeWidget::currentItemChanged, this, &InviteDialog::enableActions);
    connect(m_participant, &QComboBox::currentIndexChanged, this, &InviteDialog::recompose);
    connect(m_participant, &QComboBox::currentIndexChanged, this, &InviteDialog::enableActions);
    connect(m_participant, &QComboBox::currentIndexChanged, this, &InviteDialog::confirmWhatWentOut);
    connect(m_linkChannel, &QComboBox::currentIndexChanged, this, &InviteDialog::fillChannels);
    connect(m_passwordChannel, &QComboBox::currentIndexChanged, this, &InviteDialog::fillChannels);
    connect(&m_log, &InvitationLog::changed, this, &InviteDialog::refreshLog);

    fillParticipants();
    fillChannels();
    refreshLog();
}

void InviteDialog::fillParticipants()
{
    const QSignalBlocker blocker(m_participant);
    const int current = m_participant->currentIndex();
    m_participant->clear();
    for (const Participant& participant : m_occurrence.appointment->participants)
        m_participant->addItem(participant.displayName.isEmpty() ? tr("(no name)") : participant.displayName);
    m_participant->setCurrentIndex(qMax(0, current));
}

InviteChannel InviteDialog::linkChannel() const
{
    return InviteChannel(m_linkChannel->currentData().toInt());
}

InviteChannel InviteDialog::passwordChannel() const
{
    return InviteChannel(m_passwordChannel->currentData().toInt());
}

void InviteDialog::fillChannels()
{
    // The same way for both is not offered: whichever box holds "copy", the other does not.
    for (auto [box, other] :
         { std::pair { m_linkChannel, m_passwordChannel }, std::pair { m_passwordChannel, m_linkChannel } }) {
        auto* model = qobject_cast<QStandardItemModel*>(box->model());
        for (int row = 0; row < box->count(); ++row) {
            const bool clash = InviteChannel(box->itemData(row).toInt()) == InviteChannel::Clipboard
                && InviteChannel(other->currentData().toInt()) == InviteChannel::Clipboard
                && box->currentIndex() != row;
            model->item(row)->setEnabled(!clash);
        }
    }
    recompose();
}

void InviteDialog::recompose()
{
    if (m_participant->count() == 0) {
        m_problem->setText(tr("This appointment has nobody to invite yet. Add a participant first."));
        m_send->setEnabled(false);
        return;
    }
    const quint64 composition = ++m_composition;
    m_send->setEnabled(false);
    m_senderDetails->setVisible(
        !m_service.missingSenderDetails(m_occurrence, m_participant->currentIndex()).isEmpty());
    m_service.compose(
        m_occurrence, m_participant->currentIndex(), linkChannel(), passwordChannel(),
        [this, composition](const std::optional<InvitePair>& pair, const QString& error) {
            if (composition != m_composition)
                return; // a newer choice is being composed
            m_problem->setText(error);
            m_send->setEnabled(pair.has_value());
            m_linkPreview->setPlainText(
                pair ? tr("To: %1\nSubject: %2\n\n%3").arg(pair->link.to, pair->link.subject, pair->link.body)
                     : QString());
            m_passwordPreview->setPlainText(pair ? pair->password.body : QString());
        });
}

void InviteDialog::send()
{
    const int participant = m_participant->currentIndex();
    if (const std::optional<InvitationLog::Entry> previous
        = m_service.previousInvitation(m_occurrence, participant)) {
        const QString name = m_occurrence.appointment->participants.value(participant).displayName;
        const QString question = previous->status == InvitationLog::Status::Pending
            ? tr("The invitation to %1 is still waiting in the outbox. Send it again?").arg(name)
            : tr("%1 was already invited on %2. Send the invitation again?")
                  .arg(name, QLocale().toString(previous->updated.toLocalTime(), QLocale::ShortFormat));
        if (MessageBox::choose(this, tr("Invite Again?"), question, { tr("&Send Again") },
                               MessageBox::cancelIsDefault)
            != 0)
            return;
    }
    m_send->setEnabled(false);
    m_service.send(
        m_occurrence, m_participant->currentIndex(), linkChannel(), passwordChannel(),
        [this](const std::optional<InvitePair>& pair, const QString& error) {
            finishSending(pair, error, { InviteMessage::Kind::Link, InviteMessage::Kind::Password });
        });
}

void InviteDialog::resendPassword()
{
    m_service.sendOne(m_occurrence, m_participant->currentIndex(), InviteMessage::Kind::Password,
                      passwordChannel(), [this](const std::optional<InvitePair>& pair, const QString& error) {
                          finishSending(pair, error, { InviteMessage::Kind::Password });
                      });
}

void InviteDialog::sendNewLink()
{
    m_service.sendOne(m_occurrence, m_participant->currentIndex(), InviteMessage::Kind::Link, linkChannel(),
                      [this](const std::optional<InvitePair>& pair, const QString& error) {
                          finishSending(pair, error, { InviteMessage::Kind::Link });
                      });
}

void InviteDialog::finishSending(const std::optional<InvitePair>& pair, const QString& error,
                                 const QList<InviteMessage::Kind>& kinds)
{
    m_send->setEnabled(true);
    if (!pair) {
        MessageBox::warning(this, tr("Invitation Not Sent"), error);
        return;
    }
    QList<InviteMessage> toHandOver;
    for (const InviteMessage& message : { pair->link, pair->password }) {
        if (kinds.contains(message.kind) && !InviteMessage::isSentByVieraugen(message.channel))
            toHandOver.append(message);
    }
    const std::optional<InvitationLog::Entry> link = newestLink(pair->participantIndex);
    const auto isPassword
        = [](const InviteMessage& message) { return message.kind == InviteMessage::Kind::Password; };
    if (link && kinds.contains(InviteMessage::Kind::Link)
        && InviteMessage::isSentByVieraugen(pair->link.channel) && toHandOver.removeIf(isPassword) > 0) {
        m_passwordAfterLink = PasswordAfterLink { link->id, *pair };
        passOnPasswordOnceTheLinkWent();
    }
    handOver(*pair, toHandOver);
}

std::optional<InvitationLog::Entry> InviteDialog::newestLink(int participant) const
{
    std::optional<InvitationLog::Entry> newest;
    for (const InvitationLog::Entry& entry : m_log.forAppointment(m_occurrence.appointment->uid)) {
        if (entry.kind == InviteMessage::Kind::Link && entry.purpose == InvitationLog::Purpose::Invitation
            && entry.participant == participant && entry.recurrenceId == m_occurrence.recurrenceId)
            newest = entry;
    }
    return newest;
}

void InviteDialog::passOnPasswordOnceTheLinkWent()
{
    if (!m_passwordAfterLink)
        return;
    const std::optional<InvitationLog::Entry> link = m_log.find(m_passwordAfterLink->linkId);
    if (link && link->status == InvitationLog::Status::Pending)
        return;
    const InvitePair pair = std::exchange(m_passwordAfterLink, std::nullopt)->pair;
    // Given up or cancelled: the password stays with the counselor (the problem line says so).
    if (!link || link->status != InvitationLog::Status::Sent)
        return;
    // Not inside the log's signal: the read-out waits for the counselor.
    QTimer::singleShot(0, this, [this, pair] { handOver(pair, { pair.password }); });
}

void InviteDialog::handOver(const InvitePair& pair, const QList<InviteMessage>& messages)
{
    const Participant participant = m_occurrence.appointment->participants.value(pair.participantIndex);
    for (const InviteMessage& message : messages) {
        bool passedOn = true;
        bool recorded = true;
        QString error;
        QString copied; // said once the list shows it copied
        switch (message.channel) {
        case InviteChannel::Mailto:
            passedOn = QDesktopServices::openUrl(message.mailtoUrl());
            if (!passedOn) {
                recorded = m_service.recordHandOverFailed(m_occurrence, pair.participantIndex, message,
                                                          tr("no mail program on this computer"), &error);
                MessageBox::warning(this, tr("No Mail Program"),
                                    tr("This computer has no mail program to open the invitation in, so "
                                       "nothing was sent. Choose \"Copy, I pass it on myself\" and paste "
                                       "the message into your e-mail."));
            }
            break;
        case InviteChannel::Clipboard: {
            const QString text = message.subject.isEmpty()
                ? message.body
                : message.subject + QStringLiteral("\n\n") + message.body;
            if (message.kind == InviteMessage::Kind::Link) {
                QGuiApplication::clipboard()->setText(text);
                copied = tr("The link message is copied. Paste it where you want to send it; once it is on "
                            "its way, mark it as passed on in the list.");
                break;
            }
            SecretClipboard& clipboard = SecretClipboard::instance();
            clipboard.copy(text);
            const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(clipboard.lifetime());
            copied
                = tr("The password message is copied. Send it another way than the link; once it is on its "
                     "way, mark it as passed on in the list.")
                + QLatin1Char(' ')
                + tr("The clipboard forgets it in %n seconds (unless you copy something else before).",
                     nullptr, int(seconds.count()));
            break;
        }
        case InviteChannel::Phone: {
            PhoneReadoutDialog readout(pair.secret, participant.language, participant.displayName,
                                       participant.phone, this);
            passedOn = readout.exec() == QDialog::Accepted;
            break;
        }
        case InviteChannel::Smtp:
        case InviteChannel::Sms:
            break;
        }
        if (passedOn)
            recorded = m_service.recordHandedOver(m_occurrence, pair.participantIndex, message, &error);
        if (!recorded)
            MessageBox::warning(this, windowTitle(), error);
        else if (!copied.isEmpty())
            MessageBox::information(this, windowTitle(), copied);
    }
}

void InviteDialog::enterSenderDetails()
{
    const QStringList missing = m_service.missingSenderDetails(m_occurrence, m_participant->currentIndex());
    if (missing.isEmpty())
        return;
    QDialog form(this);
    form.setWindowTitle(tr("Your Details for Invitations"));
    auto* layout = new QFormLayout(&form);
    layout->addRow(new QLabel(tr("Clients read these in every invitation. You can change them later under "
                                 "File → Settings."),
                              &form));
    static const QHash<QString, const char*> labels {
        { QStringLiteral("counselor"), QT_TR_NOOP("Your &name:") },
        { QStringLiteral("organization"), QT_TR_NOOP("Your counseling &service:") },
        { QStringLiteral("privacyNotice"), QT_TR_NOOP("&Privacy notice (web address):") },
    };
    QHash<QString, QLineEdit*> fields;
    for (const QString& name : missing) {
        auto* field = new QLineEdit(&form);
        field->setObjectName(name);
        if (name == QLatin1String("privacyNotice"))
            field->setPlaceholderText(QStringLiteral("https://"));
        layout->addRow(tr(labels.value(name)), field);
        fields.insert(name, field);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    layout->addRow(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    const auto validate = [fields, ok] {
        bool valid = true;
        for (auto field = fields.cbegin(); field != fields.cend(); ++field) {
            const QString text = field.value()->text().trimmed();
            if (field.key() == QLatin1String("privacyNotice")) {
                const QUrl url = SecureUrl::fromUserInput(text);
                valid = valid && url.isValid() && url.scheme().startsWith(QLatin1String("http"))
                    && url.host().contains(QLatin1Char('.'));
            } else {
                valid = valid && !text.isEmpty();
            }
        }
        ok->setEnabled(valid);
    };
    for (QLineEdit* field : std::as_const(fields))
        connect(field, &QLineEdit::textChanged, &form, validate);
    validate();
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    fields.value(missing.first())->setFocus();
    if (form.exec() != QDialog::Accepted)
        return;
    for (auto field = fields.cbegin(); field != fields.cend(); ++field)
        m_service.setSenderDetail(field.key(), field.value()->text().trimmed());
    recompose();
}

void InviteDialog::addParticipant()
{
    ParticipantDialog form(m_occurrence.appointment->participants.value(0).language, this);
    if (form.exec() != QDialog::Accepted)
        return;
    const Participant participant = form.participant();
    QString error;
    // The whole series (or the single appointment) gets the participant.
    std::optional<Appointment> stored = m_store.find(m_occurrence.appointment->uid);
    if (!stored) {
        MessageBox::warning(this, tr("Add Participant"), tr("The appointment no longer exists."));
        return;
    }
    stored->participants.append(participant);
    if (!m_store.save(*stored, &error)) {
        MessageBox::warning(this, tr("Add Participant"), error);
        return;
    }
    if (const std::optional<Occurrence> updated
        = m_store.occurrenceOf(stored->uid, m_occurrence.recurrenceId))
        m_occurrence = *updated;
    fillParticipants();
    m_participant->setCurrentIndex(m_participant->count() - 1);
}

QString InviteDialog::channelInWords(InviteChannel channel)
{
    switch (channel) {
    case InviteChannel::Smtp:
        return tr("E-mail");
    case InviteChannel::Mailto:
        return tr("E-mail (mail program)");
    case InviteChannel::Sms:
        return tr("SMS");
    case InviteChannel::Phone:
        return tr("Phone");
    case InviteChannel::Clipboard:
        return tr("Your own way");
    }
    return {};
}

void InviteDialog::refreshLog()
{
    const qint64 chosen
        = m_history->currentItem() ? m_history->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_history->clear();
    const QList<InvitationLog::Entry> entries = m_log.forAppointment(m_occurrence.appointment->uid);
    for (const InvitationLog::Entry& entry : entries) {
        static const QHash<InvitationLog::Status, const char*> states {
            { InvitationLog::Status::Pending, QT_TR_NOOP("waiting in the outbox") },
            { InvitationLog::Status::Sent, QT_TR_NOOP("sent") },
            { InvitationLog::Status::HandedOver, QT_TR_NOOP("passed on") },
            { InvitationLog::Status::Failed, QT_TR_NOOP("failed") },
            { InvitationLog::Status::Cancelled, QT_TR_NOOP("cancelled") },
            { InvitationLog::Status::Copied, QT_TR_NOOP("copied") },
        };
        QString state = tr(states.value(entry.status));
        if (!entry.lastError.isEmpty())
            state += QStringLiteral(": ") + entry.lastError;
        // A message whose dates no longer hold says so: nothing may look done that is not.
        if (m_service.changes().isOutdated(entry))
            state += tr(", for %1 – outdated").arg(InvitationChangeNotice::shortDateTime(entry.forStart));
        else if (m_service.changes().mayBeOutdated(entry))
            state += tr(", time it named unknown – may be outdated");
        auto* item = new QTreeWidgetItem(
            m_history,
            { QLocale().toString(entry.updated.toLocalTime(), QLocale::ShortFormat),
              m_occurrence.appointment->participants.value(entry.participant).displayName,
              entry.purpose == InvitationLog::Purpose::Update             ? tr("change")
                  : entry.purpose == InvitationLog::Purpose::Cancellation ? tr("cancellation")
                  : entry.kind == InviteMessage::Kind::Link               ? tr("link")
                                                                          : tr("password"),
              channelInWords(entry.channel), state });
        item->setData(0, Qt::UserRole, entry.id);
        item->setToolTip(4, state);
        if (entry.id == chosen)
            m_history->setCurrentItem(item);
    }
    // Nothing chosen: the message that just did not go is, so that Retry ("sends it now", the
    // problem line says) and Cancel Sending work at once.
    if (!m_history->currentItem()) {
        for (int row = m_history->topLevelItemCount() - 1; row >= 0; --row) {
            QTreeWidgetItem* item = m_history->topLevelItem(row);
            const auto entry
                = std::find_if(entries.cbegin(), entries.cend(), [item](const InvitationLog::Entry& one) {
                      return one.id == item->data(0, Qt::UserRole).toLongLong();
                  });
            if (entry != entries.cend() && !entry->lastError.isEmpty()
                && (entry->status == InvitationLog::Status::Pending
                    || entry->status == InvitationLog::Status::Failed)) {
                m_history->setCurrentItem(item);
                break;
            }
        }
    }
    passOnPasswordOnceTheLinkWent();
    showSendProblems(entries);
    enableActions();
    confirmWhatWentOut();
}

void InviteDialog::confirmWhatWentOut()
{
    QMap<InviteMessage::Kind, InvitationLog::Entry> newest;
    for (const InvitationLog::Entry& entry : m_log.forAppointment(m_occurrence.appointment->uid)) {
        if (entry.purpose == InvitationLog::Purpose::Invitation
            && entry.participant == m_participant->currentIndex()
            && entry.recurrenceId == m_occurrence.recurrenceId)
            newest.insert(entry.kind, entry);
    }
    using Status = InvitationLog::Status;
    QStringList said;
    for (const InvitationLog::Entry& entry : std::as_const(newest)) {
        const bool link = entry.kind == InviteMessage::Kind::Link;
        switch (entry.status) {
        case Status::Sent:
            said.append(link ? tr("link sent by e-mail") : tr("password sent by SMS"));
            break;
        case Status::HandedOver:
            if (entry.channel == InviteChannel::Mailto)
                said.append(tr("link opened in your mail program"));
            else if (entry.channel == InviteChannel::Phone)
                said.append(tr("password given on the phone"));
            else
                said.append(link ? tr("link passed on") : tr("password passed on"));
            break;
        case Status::Copied:
            said.append(link ? tr("link copied") : tr("password copied"));
            break;
        case Status::Pending:
            said.append(link ? tr("link waiting in the outbox") : tr("password waiting in the outbox"));
            break;
        case Status::Failed: // said in red above, with why
        case Status::Cancelled:
            break;
        }
    }
    if (!said.isEmpty())
        said.first()[0] = said.first().at(0).toUpper();
    m_sentConfirmation->setText(said.join(QStringLiteral(", ")));
}

void InviteDialog::enableActions()
{
    const std::optional<InvitationLog::Entry> chosen = m_history->currentItem()
        ? m_log.find(m_history->currentItem()->data(0, Qt::UserRole).toLongLong())
        : std::nullopt;
    const bool waitingOrFailed = chosen
        && (chosen->status == InvitationLog::Status::Pending
            || chosen->status == InvitationLog::Status::Failed);
    m_retry->setEnabled(waitingOrFailed && InviteMessage::isSentByVieraugen(chosen->channel));
    m_cancel->setEnabled(waitingOrFailed);
    m_markPassedOn->setEnabled(chosen && chosen->status == InvitationLog::Status::Copied);
    // "Again" needs a first time: before anything went to this participant, Send is the way.
    const QList<InvitationLog::Entry> entries = m_log.forAppointment(m_occurrence.appointment->uid);
    const bool invited
        = std::any_of(entries.cbegin(), entries.cend(), [this](const InvitationLog::Entry& entry) {
              return entry.purpose == InvitationLog::Purpose::Invitation
                  && entry.participant == m_participant->currentIndex()
                  && entry.recurrenceId == m_occurrence.recurrenceId;
          });
    m_resendPassword->setEnabled(invited);
    m_sendNewLink->setEnabled(invited);
}

void InviteDialog::showSendProblems(const QList<InvitationLog::Entry>& entries)
{
    // Per participant and message, the newest attempt: an older failure that was sent since is over.
    QMap<std::pair<int, InviteMessage::Kind>, InvitationLog::Entry> newest;
    for (const InvitationLog::Entry& entry : entries)
        newest.insert({ entry.participant, entry.kind }, entry);
    QStringList problems;
    for (const InvitationLog::Entry& entry : std::as_const(newest)) {
        if (entry.lastError.isEmpty()
            || (entry.status != InvitationLog::Status::Failed
                && entry.status != InvitationLog::Status::Pending))
            continue;
        const QString name = m_occurrence.appointment->participants.value(entry.participant).displayName;
        const QString what = entry.kind == InviteMessage::Kind::Link
            ? tr("The link message to %1 (%2) did not go out: %3")
                  .arg(name, channelInWords(entry.channel), entry.lastError)
            : tr("The password message to %1 (%2) did not go out: %3")
                  .arg(name, channelInWords(entry.channel), entry.lastError);
        QString next = entry.status == InvitationLog::Status::Pending
            ? tr("Vieraugen tries again by itself; Retry sends it now.")
            : tr("Choose it above and press Retry, or send it another way.");
        if (m_passwordAfterLink && m_passwordAfterLink->linkId == entry.id)
            next += QLatin1Char(' ') + tr("The room password follows once the link has gone.");
        problems.append(what + QLatin1Char(' ') + next);
    }
    // The password read-out was cancelled: the link went, and the list looked complete.
    const auto passedOn = [](const InvitationLog::Entry& entry) {
        return entry.status != InvitationLog::Status::Failed
            && entry.status != InvitationLog::Status::Cancelled
            && entry.status != InvitationLog::Status::Pending;
    };
    for (const InvitationLog::Entry& link : std::as_const(newest)) {
        const auto password = newest.constFind({ link.participant, InviteMessage::Kind::Password });
        if (link.kind == InviteMessage::Kind::Link && passedOn(link)
            && (password == newest.constEnd() || password->status == InvitationLog::Status::Cancelled))
            problems.append(
                tr("%1 has the link but not the room password yet: Resend Password passes it on.")
                    .arg(m_occurrence.appointment->participants.value(link.participant).displayName));
    }
    m_sendProblem->setText(problems.join(QLatin1Char('\n')));
    m_sendProblem->setVisible(!problems.isEmpty());
}
