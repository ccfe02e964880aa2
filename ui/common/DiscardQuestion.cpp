#include "ui/common/DiscardQuestion.h"

#include "ui/common/MessageBox.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

DiscardQuestion::DiscardQuestion(QDialog* dialog)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_question(tr("Discard your changes?"))
{
    dialog->installEventFilter(this);
}

void DiscardQuestion::setQuestion(const QString& question)
{
    m_question = question;
}

void DiscardQuestion::setFields(const QList<QWidget*>& containers)
{
    m_containers = { containers.cbegin(), containers.cend() };
}

void DiscardQuestion::setAlsoChanged(const std::function<bool()>& changed)
{
    m_alsoChanged = changed;
}

bool DiscardQuestion::eventFilter(QObject* watched, QEvent* event)
{
    // Only now: before it is shown, a dialog's fields may still be filled in.
    if (watched == m_dialog && event->type() == QEvent::Show && !m_remembered)
        remember();
    return QObject::eventFilter(watched, event);
}

void DiscardQuestion::remember()
{
    m_rememberedValues = fieldValues();
    m_remembered = true;
}

QVariantList DiscardQuestion::fieldValues() const
{
    QList<QWidget*> containers;
    for (const QPointer<QWidget>& container : m_containers) {
        if (container)
            containers.append(container);
    }
    if (m_containers.isEmpty())
        containers.append(m_dialog);
    QVariantList values;
    for (const QWidget* container : containers) {
        for (const QWidget* field : container->findChildren<QWidget*>()) {
            if (const auto* line = qobject_cast<const QLineEdit*>(field))
                values.append(line->text());
            else if (const auto* text = qobject_cast<const QPlainTextEdit*>(field))
                values.append(text->toPlainText());
            else if (const auto* box = qobject_cast<const QComboBox*>(field))
                values.append(box->currentIndex());
            else if (const auto* button = qobject_cast<const QAbstractButton*>(field);
                     button && button->isCheckable())
                values.append(button->isChecked());
        }
    }
    return values;
}

bool DiscardQuestion::isChanged() const
{
    return m_remembered && m_dialog->isVisible()
        && (fieldValues() != m_rememberedValues || (m_alsoChanged && m_alsoChanged()));
}

void DiscardQuestion::closeAsking(const std::function<void()>& close)
{
    // Everything typed into a new appointment went with a stray Escape, and nothing undid it.
    // Back is the default, so that a second stray Escape or Enter loses nothing either.
    const bool changed = isChanged();
    if (changed
        && MessageBox::choose(m_dialog, m_dialog->windowTitle(), m_question, { tr("&Discard") },
                              MessageBox::cancelIsDefault, tr("&Back"))
            != 0)
        return;
    close();
    // After a question over the dialog, the window manager at times gave the keyboard to no window
    // once it closed, and a keyboard user was stranded: the window it belongs to takes it.
    if (changed && m_dialog->parentWidget())
        m_dialog->parentWidget()->window()->activateWindow();
}
