#include "ui/curtain/CurtainCover.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

CurtainCover::CurtainCover(QWidget& window)
    : QWidget(&window)
    , m_window(window)
    , m_reason(new QLabel(this))
    , m_show(new QPushButton(tr("&Show"), this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    auto* title = new QLabel(tr("Clients' data is hidden"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("curtainReason"));
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignCenter);
    m_show->setObjectName(QStringLiteral("curtainShow"));
    m_show->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(m_reason);
    layout->addSpacing(12);
    layout->addWidget(m_show, 0, Qt::AlignCenter);
    layout->addStretch();
    hide();

    connect(m_show, &QPushButton::clicked, this, &CurtainCover::showRequested);
    m_window.installEventFilter(this);
}

void CurtainCover::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

void CurtainCover::setCoveredTitle(const QString& title)
{
    m_coveredTitle = title;
}

void CurtainCover::cover(const QList<QWidget*>& content)
{
    if (!m_hidden.isEmpty() || !isHidden())
        return;
    m_focusBefore = m_window.focusWidget();
    if (!m_coveredTitle.isEmpty()) {
        m_titleBefore = m_window.windowTitle();
        m_window.setWindowTitle(m_coveredTitle);
    }
    for (QWidget* widget : content) {
        if (widget != this && !widget->isHidden()) {
            QSizePolicy policy = widget->sizePolicy();
            m_hidden.append({ widget, policy.retainSizeWhenHidden() });
            policy.setRetainSizeWhenHidden(true);
            widget->setSizePolicy(policy);
            widget->hide();
        }
    }
    setGeometry(m_window.rect());
    show();
    raise();
    m_show->setFocus();
}

void CurtainCover::uncover()
{
    // The contents first: hidden while it has the focus, the cover would pass it to nothing visible.
    for (const Hidden& hidden : std::as_const(m_hidden)) {
        if (!hidden.widget)
            continue;
        hidden.widget->show();
        QSizePolicy policy = hidden.widget->sizePolicy();
        policy.setRetainSizeWhenHidden(hidden.retainedSizeBefore);
        hidden.widget->setSizePolicy(policy);
    }
    m_hidden.clear();
    const bool hadFocus = isAncestorOf(m_window.focusWidget());
    hide();
    if (!m_coveredTitle.isEmpty())
        m_window.setWindowTitle(m_titleBefore);
    if (!hadFocus)
        return;
    if (m_focusBefore && m_focusBefore->isVisible() && m_focusBefore->isEnabled())
        m_focusBefore->setFocus();
    else
        focusFirstField();
}

void CurtainCover::focusFirstField()
{
    // A window covered as it opened (a message box under the curtain) never had the focus anywhere
    // else: its default button, or its first tab stop.
    const QList<QPushButton*> buttons = m_window.findChildren<QPushButton*>();
    const auto isDefault
        = [](const QPushButton* button) { return button->isDefault() && button->isVisible(); };
    if (const auto found = std::find_if(buttons.cbegin(), buttons.cend(), isDefault);
        found != buttons.cend()) {
        (*found)->setFocus();
        return;
    }
    for (QWidget* next = m_window.nextInFocusChain(); next != &m_window; next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled()) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

bool CurtainCover::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window) {
        if (event->type() == QEvent::Resize)
            setGeometry(m_window.rect());
        // A title the window gives itself while covered (a dialog naming what it is about as it
        // opens) is its own, shown once the cover goes.
        if (!isHidden() && !m_coveredTitle.isEmpty() && event->type() == QEvent::WindowTitleChange
            && m_window.windowTitle() != m_coveredTitle) {
            m_titleBefore = m_window.windowTitle();
            m_window.setWindowTitle(m_coveredTitle);
        }
        // Escape would cancel a dialog held open behind the curtain, and with it what was typed.
        if (!isHidden() && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)
            && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape)
            return true;
    }
    return QWidget::eventFilter(watched, event);
}
