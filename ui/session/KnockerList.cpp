#include "ui/session/KnockerList.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int index = 0; index < knocking.size(); ++index) {
        const MeetingSession::Person& person = knocking.at(index);
        const QString name = displayName(person, index, namesHidden);
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(name, row);
        label->setObjectName(QStringLiteral("knocker-") + person.id);
        label->setTextFormat(Qt::PlainText);
        auto* admit = new QPushButton(tr("Admit"), row);
        auto* deny = new QPushButton(tr("Deny"), row);
        admit->setObjectName(QStringLiteral("admit-") + person.id);
        deny->setObjectName(QStringLiteral("deny-") + person.id);
        admit->setAccessibleName(tr("Admit %1").arg(name));
        deny->setAccessibleName(tr("Deny %1").arg(name));
        const QString id = person.id;
        connect(admit, &QPushButton::clicked, this, [this, id] { Q_EMIT admitRequested(id); });
        connect(deny, &QPushButton::clicked, this, [this, id] { Q_EMIT denyRequested(id); });
        layout->addWidget(label, 1);
        layout->addWidget(admit);
        layout->addWidget(deny);
        m_rows->addWidget(row);
    }
}
