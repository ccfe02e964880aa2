#include "ui/session/KnockWindow.h"

#include "ui/session/KnockerList.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

KnockWindow::KnockWindow()
    : QWidget(nullptr, Qt::Window | Qt::WindowStaysOnTopHint)
    , m_heading(new QLabel(this))
    , m_list(new KnockerList(this))
{
    setObjectName(QStringLiteral("knockWindow"));
    setWindowTitle(tr("Someone Is Waiting – Vieraugen"));
    m_heading->setObjectName(QStringLiteral("knockHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto* open = new QPushButton(tr("&Open the Session"), this);
    open->setObjectName(QStringLiteral("openSessionButton"));
    connect(open, &QPushButton::clicked, this, &KnockWindow::sessionRequested);
    connect(m_list, &KnockerList::admitRequested, this, &KnockWindow::admitRequested);
    connect(m_list, &KnockerList::denyRequested, this, &KnockWindow::denyRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addWidget(open, 0, Qt::AlignRight);
    setMinimumWidth(320);
}

void KnockWindow::showKnocking(const QList<MeetingSession::Person>& knocking, bool namesHidden)
{
    const QString heading = tr("Waiting in the lobby: %n person(s)", nullptr, int(knocking.size()));
    m_heading->setText(heading);
    m_list->setKnocking(knocking, namesHidden);
    if (knocking.isEmpty()) {
        hide();
        return;
    }
    adjustSize();
    QWidget::show();
    raise();
}
