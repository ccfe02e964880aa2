#pragma once

#include <QKeySequence>
#include <QMap>
#include <QStringList>

class QWidget;

// Every key a window reacts to and who claims it: the actions of its menus, tool bars and
// widgets, and its QShortcuts. Standard keys (QKeySequence::Find…) count with every binding this
// platform gives them, so a custom Ctrl+F next to Find is a clash too.
class ShortcutAudit
{
public:
    explicit ShortcutAudit(const QWidget& window);

    // Every key and the actions or shortcuts (their texts or object names) that claim it.
    const QMap<QKeySequence, QStringList>& claims() const { return m_claims; }
    // "Ctrl+I: &Import Calendar File…, &Invite Participants…", one line per key claimed twice.
    QStringList clashes() const;
    // "Alt+Left: &Previous", one line per key of the window that focused takes for itself (it
    // accepts the key's ShortcutOverride), so the action never fires while focused has the focus.
    QStringList takenBy(QWidget& focused) const;
    // The keys without a modifier (T, N…): they must never fire while someone types.
    QList<QKeySequence> singleKeys() const;
    // "Alt+K in &Edit: &Conflicts…, Make 15 Minutes Shor&ter", one line per Alt key that two items
    // of one of window's menus (or its menu bar) share: Qt then only highlights them in turn, and
    // the key chooses nothing. Disabled items count, as Qt counts them.
    static QStringList mnemonicClashes(const QWidget& window);
    // "Alt+L: &Link goes by:, Send New &Link", one line per Alt key that two buttons or labels of a
    // dialog share (a label counts when it leads to a field): Qt then moves between them in turn,
    // and the key does not do what either says. Hidden and disabled ones count, as they may show.
    static QStringList dialogMnemonicClashes(const QWidget& dialog);

    // The keys the help topic topicId names in language: the first column of its tables and the
    // keys in bold ("**F6**"), with "Ctrl+1 … Ctrl+5" as the five keys it stands for.
    static QList<QKeySequence> keysInHelp(const QString& language, const QString& topicId);
    // The keys of the topic's table under heading ("**In the calendar**").
    static QList<QKeySequence> keysInHelpTable(const QString& language, const QString& topicId,
                                               const QString& heading);
    // What the help gets wrong about the window: its keys the help does not name, and Ctrl keys the
    // help names that the window does not have. Empty when they agree.
    QStringList differencesFrom(const QList<QKeySequence>& documented) const;

private:
    static QString helpTopic(const QString& language, const QString& topicId);
    // Keys as the help writes them in language ("Strg+Bild auf"), as Qt reads them.
    static QList<QKeySequence> keysWritten(const QStringList& written, const QString& language);

    QMap<QKeySequence, QStringList> m_claims;
};
