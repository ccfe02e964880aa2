#include "ui/curtain/PrivacyCurtain.h"

#include "core/base/Clock.h"
#include "core/settings/Settings.h"
#include "ui/curtain/ScreenLockMonitor.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

PrivacyCurtain::PrivacyCurtain(QMainWindow& window, Settings& settings, const Clock& clock,
                               ScreenLockMonitor* lockMonitor)
    : QWidget(&window)
    , m_window(window)
    , m_settings(settings)
    , m_clock(clock)
    , m_timer(new QTimer(this))
    , m_reason(new QLabel(this))
    , m_show(new QPushButton(tr("&Show"), this))
    , m_lastActivityMs(clock.currentMSecsSinceEpoch())
{
    setObjectName(QStringLiteral("privacyCurtain"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    auto* title = new QLabel(tr("Clients' data is hidden"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_reason->setObjectName(QStringLiteral("curtainReason"));
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignCenter);
    m_show->setObjectName(QStringLiteral("curtainShow"));
    m_show->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    layout->addWidget(m_reason);
    layout->addSpacing(12);
    layout->addWidget(m_show, 0, Qt::AlignCenter);
    layout->addStretch();
    hide();

    connect(m_show, &QPushButton::clicked, this, &PrivacyCurtain::lift);
    if (lockMonitor)
        connect(lockMonitor, &ScreenLockMonitor::locked, this,
                [this] { lower(tr("Hidden because the screen was locked.")); });
    m_timer->setInterval(checkIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PrivacyCurtain::checkIdle);
    m_timer->start();
    m_window.installEventFilter(this);
    qApp->installEventFilter(this);
}

void PrivacyCurtain::checkIdle()
{
    const int minutes = m_settings.curtainIdleMinutes();
    if (m_down || minutes <= 0)
        return;
    if (m_clock.currentMSecsSinceEpoch() - m_lastActivityMs >= qint64(minutes) * 60 * 1000)
        lower(tr("Hidden after %n minute(s) without input.", nullptr, minutes));
}

void PrivacyCurtain::lower(const QString& reason)
{
    m_reason->setText(reason);
    if (m_down)
        return;
    m_down = true;
    // Hidden, not only covered: screen readers and window previews see nothing of it either.
    if (QWidget* content = m_window.centralWidget())
        content->hide();
    m_window.statusBar()->clearMessage();
    setGeometry(m_window.rect());
    show();
    raise();
    m_show->setFocus();
    Q_EMIT loweredChanged(true);
}

void PrivacyCurtain::lift()
{
    if (!m_down)
        return;
    m_down = false;
    m_lastActivityMs = m_clock.currentMSecsSinceEpoch();
    hide();
    if (QWidget* content = m_window.centralWidget())
        content->show();
    Q_EMIT loweredChanged(false);
}

bool PrivacyCurtain::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == &m_window)
            setGeometry(m_window.rect());
        break;
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_lastActivityMs = m_clock.currentMSecsSinceEpoch();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}
