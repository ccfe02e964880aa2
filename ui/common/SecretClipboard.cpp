#include "ui/common/SecretClipboard.h"

#include "ui/common/ConcealedMimeData.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

SecretClipboard::SecretClipboard(std::chrono::milliseconds lifetime, QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(lifetime);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::takeOff);
    // Before the app's clipboard goes, and before a clipboard manager is asked to keep it.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecretClipboard::takeOff);
}

SecretClipboard& SecretClipboard::instance()
{
    static auto* clipboard = new SecretClipboard(defaultLifetime, qApp);
    return *clipboard;
}

void SecretClipboard::copy(const QString& text)
{
    m_text = text;
    QGuiApplication::clipboard()->setMimeData(new ConcealedMimeData(text));
    m_timer.start();
}

std::chrono::milliseconds SecretClipboard::lifetime() const
{
    return m_timer.intervalAsDuration();
}

void SecretClipboard::takeOff()
{
    m_timer.stop();
    if (m_text.isEmpty())
        return;
    // Whatever the counselor copied since is hers to keep.
    QClipboard* clipboard = QGuiApplication::clipboard();
    const QMimeData* held = clipboard->mimeData();
    if (held && held->text() == m_text)
        clipboard->clear();
    m_text.clear();
}
