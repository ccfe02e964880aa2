#include "ui/curtain/PrivacyCurtain.h"

#include "core/base/Clock.h"
#include "core/settings/Settings.h"
#include "ui/curtain/ScreenLockMonitor.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

PrivacyCurtain::PrivacyCurtain(QMainWindow& window, Settings& settings, const Clock& clock,
                               ScreenLockMonitor* lockMonitor)
    : CurtainCover(window)
    , m_window(window)
    , m_settings(settings)
    , m_clock(clock)
    , m_timer(new QTimer(this))
    , m_lastActivityMs(clock.currentMSecsSinceEpoch())
{
    setObjectName(QStringLiteral("privacyCurtain"));
    connect(this, &CurtainCover::showRequested, this, &PrivacyCurtain::lift);
    if (lockMonitor)
        connect(lockMonitor, &ScreenLockMonitor::locked, this,
                [this] { lower(tr("Hidden because the screen was locked.")); });
    m_timer->setInterval(checkIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PrivacyCurtain::checkIdle);
    m_timer->start();
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
    m_reason = reason;
    setReason(reason);
    for (CurtainCover* cover : std::as_const(m_dialogCovers)) {
        if (cover)
            cover->setReason(reason);
    }
    if (m_down)
        return;
    m_down = true;
    m_window.statusBar()->clearMessage();
    // The menus go too: nothing can be opened or triggered behind the curtain, and its "Show"
    // keeps its mnemonic to itself.
    cover({ m_window.centralWidget(), m_window.menuBar() });
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(window); dialog && dialog->isVisible())
            coverDialog(*dialog);
    }
    Q_EMIT loweredChanged(true);
}

void PrivacyCurtain::coverDialog(QDialog& dialog)
{
    if (askedInASession(dialog))
        return;
    for (CurtainCover* cover : std::as_const(m_dialogCovers)) {
        if (cover && cover->parentWidget() == &dialog)
            return;
    }
    auto* cover = new CurtainCover(dialog);
    cover->setReason(m_reason);
    // Titles such as "Invite to "Initial Consultation Schneider"" name clients.
    cover->setCoveredTitle(tr("Hidden – Vieraugen"));
    connect(cover, &CurtainCover::showRequested, this, &PrivacyCurtain::lift);
    cover->cover(dialog.findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
    m_dialogCovers.append(cover);
}

namespace {
const char* const clientDataProperty = "vieraugenShowsClientData";
}

void PrivacyCurtain::markClientData(QWidget& window)
{
    window.setProperty(clientDataProperty, true);
}

bool PrivacyCurtain::askedInASession(const QDialog& dialog) const
{
    // The window the dialog was opened from, past dialogs opened from dialogs.
    const QWidget* owner = &dialog;
    while (owner && qobject_cast<const QDialog*>(owner->window())) {
        if (owner->window()->property(clientDataProperty).toBool())
            return false;
        owner = owner->window()->parentWidget();
    }
    return owner && owner->window() != &m_window;
}

void PrivacyCurtain::lift()
{
    if (!m_down)
        return;
    m_down = false;
    m_lastActivityMs = m_clock.currentMSecsSinceEpoch();
    uncover();
    for (CurtainCover* cover : std::as_const(m_dialogCovers)) {
        if (cover) {
            cover->uncover();
            cover->deleteLater();
        }
    }
    m_dialogCovers.clear();
    Q_EMIT loweredChanged(false);
}

bool PrivacyCurtain::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Show:
        // A dialog opening while the curtain is down (a reminder, a question) opens covered.
        if (auto* dialog = qobject_cast<QDialog*>(watched); m_down && dialog && dialog->isWindow())
            coverDialog(*dialog);
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
    return CurtainCover::eventFilter(watched, event);
}
