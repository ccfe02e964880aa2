#include "ui/session/KnockerList.h"

#include "ui/common/ElidedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

KnockerList::KnockerList(QWidget* parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout(this))
{
    m_rows->setContentsMargins(0, 0, 0, 0);
}

QString KnockerList::displayName(const MeetingSession::Person& person, int index, bool namesHidden)
{
    if (namesHidden)
        return tr("Waiting person %1").arg(index + 1);
    return person.name.isEmpty() ? tr("(no name)") : person.name;
}

void KnockerList::setKnocking(const QList<MeetingSession::Person>& knocking, bool namesHidden)
{
    QHash<QString, QWidget*> shown;
    for (int index = 0; index < knocking.size(); ++index) {
        const MeetingSession::Person& person = knocking.at(index);
        QWidget* row = m_rowByParticipant.take(person.id);
        if (row)
            m_rows->removeWidget(row);
        else
            row = newRow(person.id);
        m_rows->insertWidget(index, row);
        shown.insert(person.id, row);
        const QString name = displayName(person, index, namesHidden);
        auto* label = row->findChild<QLabel*>();
        label->setText(name);
        label->setToolTip(name);
        row->findChild<QPushButton*>(QStringLiteral("admit-") + person.id)
            ->setAccessibleName(tr("Admit %1").arg(name));
        row->findChild<QPushButton*>(QStringLiteral("deny-") + person.id)
            ->setAccessibleName(tr("Deny %1").arg(name));
    }
    // Admitted, denied or gone. Later, as the click that admitted may still be on its way.
    for (QWidget* gone : std::as_const(m_rowByParticipant)) {
        gone->hide();
        m_rows->removeWidget(gone);
        gone->deleteLater();
    }
    m_rowByParticipant = shown;
}

bool KnockerList::focusFirst()
{
    QLayoutItem* first = m_rows->itemAt(0);
    if (!first)
        return false;
    first->widget()
        ->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^admit-")))
        .constFirst()
        ->setFocus(Qt::ShortcutFocusReason);
    return true;
}

QWidget* KnockerList::newRow(const QString& participantId)
{
    auto* row = new QWidget(this);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    // The name above its buttons, and a long one gives way (whole in its tooltip and to screen
    // readers): side by side, and the name whole, the list widened with it, and the lobby beside
    // the meeting squeezed the meeting.
    auto* label = new ElidedLabel(20, row);
    label->setObjectName(QStringLiteral("knocker-") + participantId);
    auto* admit = new QPushButton(tr("Admit"), row);
    auto* deny = new QPushButton(tr("Deny"), row);
    admit->setObjectName(QStringLiteral("admit-") + participantId);
    deny->setObjectName(QStringLiteral("deny-") + participantId);
    // Enter presses the focused button, as it does on Windows and in Qt's dialogs: outside a dialog
    // only Space did, and Enter on Admit left the client waiting.
    for (QPushButton* button : { admit, deny })
        button->setAutoDefault(true);
    connect(admit, &QPushButton::clicked, this,
            [this, participantId] { Q_EMIT admitRequested(participantId); });
    connect(deny, &QPushButton::clicked, this,
            [this, participantId] { Q_EMIT denyRequested(participantId); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(admit);
    buttons->addWidget(deny);
    buttons->addStretch();
    layout->addWidget(label);
    layout->addLayout(buttons);
    return row;
}
