#include "tests/support/ShortcutAudit.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QWidget>

ShortcutAudit::ShortcutAudit(const QWidget& window)
{
    QList<QAction*> actions = window.findChildren<QAction*>();
    for (QWidget* widget : window.findChildren<QWidget*>())
        actions += widget->actions();
    actions += window.actions();
    std::sort(actions.begin(), actions.end());
    actions.erase(std::unique(actions.begin(), actions.end()), actions.end());
    for (const QAction* action : std::as_const(actions)) {
        for (const QKeySequence& key : action->shortcuts())
            m_claims[key].append(action->text().isEmpty() ? action->objectName() : action->text());
    }
    for (const QShortcut* shortcut : window.findChildren<QShortcut*>()) {
        for (const QKeySequence& key : shortcut->keys())
            m_claims[key].append(shortcut->objectName());
    }
}

QStringList ShortcutAudit::clashes() const
{
    QStringList clashes;
    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(it.key().toString() + QStringLiteral(": ")
                           + it.value().join(QStringLiteral(", ")));
    }
    return clashes;
}

QStringList ShortcutAudit::takenBy(QWidget& focused) const
{
    QStringList taken;
    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it) {
        if (it.key().count() != 1)
            continue;
        QKeyEvent override(QEvent::ShortcutOverride, it.key()[0].key(), it.key()[0].keyboardModifiers());
        override.ignore(); // as Qt sends it: a widget that wants the key accepts it
        QCoreApplication::sendEvent(&focused, &override);
        if (override.isAccepted())
            taken.append(it.key().toString() + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
    }
    return taken;
}

QList<QKeySequence> ShortcutAudit::singleKeys() const
{
    QList<QKeySequence> keys;
    for (const QKeySequence& key : m_claims.keys()) {
        const Qt::KeyboardModifiers modifiers = key[0].keyboardModifiers() & ~Qt::KeypadModifier;
        if (key.count() == 1 && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)
            && key[0].key() < Qt::Key_Escape)
            keys.append(key);
    }
    return keys;
}

QStringList ShortcutAudit::mnemonicClashes(const QWidget& window)
{
    QList<const QWidget*> menus;
    for (const QMenuBar* bar : window.findChildren<QMenuBar*>())
        menus.append(bar);
    for (const QMenu* menu : window.findChildren<QMenu*>())
        menus.append(menu);
    QStringList clashes;
    for (const QWidget* menu : std::as_const(menus)) {
        QMap<QKeySequence, QStringList> items;
        for (const QAction* action : menu->actions()) {
            const QKeySequence key = QKeySequence::mnemonic(action->text());
            if (!action->isSeparator() && !key.isEmpty())
                items[key].append(action->text());
        }
        for (auto it = items.cbegin(); it != items.cend(); ++it) {
            if (it.value().size() > 1)
                clashes.append(QStringLiteral("%1 in %2: %3")
                                   .arg(it.key().toString(),
                                        qobject_cast<const QMenu*>(menu)
                                            ? static_cast<const QMenu*>(menu)->title()
                                            : QStringLiteral("the menu bar"),
                                        it.value().join(QStringLiteral(", "))));
        }
    }
    return clashes;
}
