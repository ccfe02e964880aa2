#include "tests/support/ShortcutAudit.h"

#include "core/help/HelpPages.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
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

QStringList ShortcutAudit::dialogMnemonicClashes(const QWidget& dialog)
{
    // Buttons, and labels that lead to a field: what Alt+letter reaches in the dialog itself (its
    // menus and the dialogs it opens have keys of their own). Hidden ones count, as they may show.
    QMap<QKeySequence, QStringList> controls;
    const auto claim = [&controls](const QString& text) {
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
            controls[key].append(text);
    };
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
        if (button->window() == &dialog)
            claim(button->text());
    }
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->window() == &dialog && label->buddy())
            claim(label->text());
    }
    QStringList clashes;
    for (auto it = controls.cbegin(); it != controls.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(it.key().toString() + QStringLiteral(": ")
                           + it.value().join(QStringLiteral(", ")));
    }
    return clashes;
}

QString ShortcutAudit::helpTopic(const QString& language, const QString& topicId)
{
    for (const HelpPages::Topic& topic : HelpPages::load(language)) {
        if (topic.id == topicId)
            return topic.markdown;
    }
    return {};
}

QList<QKeySequence> ShortcutAudit::keysInHelp(const QString& language, const QString& topicId)
{
    const QString markdown = helpTopic(language, topicId);
    QStringList written;
    static const QRegularExpression bold(QStringLiteral("\\*\\*([^*]+)\\*\\*"));
    for (const QRegularExpressionMatch& match : bold.globalMatch(markdown))
        written.append(match.captured(1));
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("| ")))
            written += line.section(QLatin1Char('|'), 1, 1).trimmed().split(QStringLiteral(", "));
    }
    return keysWritten(written, language);
}

QList<QKeySequence> ShortcutAudit::keysInHelpTable(const QString& language, const QString& topicId,
                                                   const QString& heading)
{
    QStringList written;
    for (const QString& line : helpTopic(language, topicId).section(heading, 1).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("| ")))
            written += line.section(QLatin1Char('|'), 1, 1).trimmed().split(QStringLiteral(", "));
        else if (!written.isEmpty() && !line.startsWith(QLatin1Char('|')))
            break; // the end of the table
    }
    return keysWritten(written, language);
}

QList<QKeySequence> ShortcutAudit::keysWritten(const QStringList& written, const QString& language)
{
    // The names the help gives keys, as Qt spells them.
    const QList<std::pair<QString, QString>> names = language == QLatin1String("de")
        ? QList<std::pair<QString, QString>> { { QStringLiteral("Strg"), QStringLiteral("Ctrl") },
                                               { QStringLiteral("Umschalt"), QStringLiteral("Shift") },
                                               { QStringLiteral("Hoch"), QStringLiteral("Up") },
                                               { QStringLiteral("Runter"), QStringLiteral("Down") },
                                               { QStringLiteral("Links"), QStringLiteral("Left") },
                                               { QStringLiteral("Rechts"), QStringLiteral("Right") },
                                               { QStringLiteral("Bild auf"), QStringLiteral("PgUp") },
                                               { QStringLiteral("Bild ab"), QStringLiteral("PgDown") },
                                               { QStringLiteral("Eingabetaste"), QStringLiteral("Return") },
                                               { QStringLiteral("Entf"), QStringLiteral("Del") },
                                               { QStringLiteral("Menütaste"), QStringLiteral("Menu") } }
        : QList<std::pair<QString, QString>> { { QStringLiteral("Page Up"), QStringLiteral("PgUp") },
                                               { QStringLiteral("Page Down"), QStringLiteral("PgDown") },
                                               { QStringLiteral("Enter"), QStringLiteral("Return") },
                                               { QStringLiteral("Delete"), QStringLiteral("Del") },
                                               { QStringLiteral("Menu key"), QStringLiteral("Menu") } };
    static const QRegularExpression range(QStringLiteral("^(.*)(\\d) … \\1(\\d)$"));
    QList<QKeySequence> keys;
    for (QString text : std::as_const(written)) {
        for (const auto& [name, qtName] : names)
            text.replace(name, qtName);
        QStringList expanded = { text };
        if (const QRegularExpressionMatch match = range.match(text); match.hasMatch()) {
            expanded.clear();
            for (int digit = match.captured(2).toInt(); digit <= match.captured(3).toInt(); ++digit)
                expanded.append(match.captured(1) + QString::number(digit));
        }
        for (const QString& one : std::as_const(expanded)) {
            const QKeySequence key = QKeySequence::fromString(one, QKeySequence::PortableText);
            if (key.count() == 1 && key[0].key() != Qt::Key_unknown)
                keys.append(key);
        }
    }
    return keys;
}

QStringList ShortcutAudit::differencesFrom(const QList<QKeySequence>& documented) const
{
    QStringList missing;
    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it) {
        if (!documented.contains(it.key()))
            missing.append(it.key().toString() + QStringLiteral(": ")
                           + it.value().join(QStringLiteral(", ")));
    }
    QStringList stale;
    for (const QKeySequence& key : documented) {
        if ((key[0].keyboardModifiers() & Qt::ControlModifier) && !m_claims.contains(key))
            stale.append(key.toString());
    }
    QStringList differences;
    if (!missing.isEmpty())
        differences.append(QStringLiteral("not in the help: ") + missing.join(QStringLiteral("; ")));
    if (!stale.isEmpty())
        differences.append(QStringLiteral("in the help only: ") + stale.join(QStringLiteral(", ")));
    return differences;
}
