#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantList>

#include <functional>

class QDialog;
class QWidget;

// Asks "Discard your changes?" before a dialog closes with what was typed or changed in it (by
// Escape, Cancel, Skip or the window's close button), Back being the default; a dialog nobody
// changed closes at once. Every form, the settings and the setup assistant ask it the same way.
class DiscardQuestion : public QObject
{
    Q_OBJECT

public:
    // Remembers what the dialog's fields hold when it is first shown.
    explicit DiscardQuestion(QDialog* dialog);

    // "Discard your changes?" unless set.
    void setQuestion(const QString& question);
    // Only the fields in these widgets count (a page whose changes take effect at once is left out);
    // all of the dialog's unless set.
    void setFields(const QList<QWidget*>& containers);
    // Changes kept elsewhere than in fields, as a list edited on a page.
    void setAlsoChanged(const std::function<bool()>& changed);
    // Takes what the fields hold now as unchanged (a step of an assistant that has just been filled).
    void remember();
    bool isChanged() const;
    // Calls close, unless the dialog was changed and the user, asked, goes back to it.
    void closeAsking(const std::function<void()>& close);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // What every field holds, to tell whether anything was changed.
    QVariantList fieldValues() const;

    QDialog* m_dialog;
    QList<QPointer<QWidget>> m_containers;
    std::function<bool()> m_alsoChanged;
    QString m_question;
    bool m_remembered = false;
    QVariantList m_rememberedValues;
};
