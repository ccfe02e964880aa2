#include "ui/common/MessageBox.h"

#include <QAbstractButton>
#include <QKeySequence>
#include <QPushButton>
#include <QSet>

#include <optional>

namespace {
std::optional<MessageBox::Button> s_nextAnswer;
std::optional<int> s_nextChoice;
QString s_lastText;

// Every button gets an Alt key: the one its text names, else the first letter no other button has.
// A translation that leaves out the "&" must not leave the keyboard user without one.
void giveAltKeys(const QList<QAbstractButton*>& buttons)
{
    QSet<QKeySequence> taken;
    for (const QAbstractButton* button : buttons)
        taken.insert(QKeySequence::mnemonic(button->text()));
    for (QAbstractButton* button : buttons) {
        QString text = button->text();
        if (!QKeySequence::mnemonic(text).isEmpty())
            continue;
        for (qsizetype at = 0; at < text.size(); ++at) {
            const QKeySequence key = QKeySequence::mnemonic(QString(text).insert(at, QLatin1Char('&')));
            if (text.at(at).isLetter() && !taken.contains(key)) {
                taken.insert(key);
                button->setText(text.insert(at, QLatin1Char('&')));
                break;
            }
        }
    }
}
} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

void MessageBox::setNextChoice(int index)
{
    s_nextChoice = index;
}

int MessageBox::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
                       int defaultChoice, const QString& cancelText)
{
    s_lastText = text;
    if (s_nextChoice) {
        const int answer = *s_nextChoice;
        s_nextChoice.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    if (!cancelText.isEmpty())
        box.button(QMessageBox::Cancel)->setText(cancelText);
    QList<QAbstractButton*> buttons;
    for (const QString& choice : choices)
        buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
    giveAltKeys(buttons + QList<QAbstractButton*> { box.button(QMessageBox::Cancel) });
    box.setDefaultButton(defaultChoice == cancelIsDefault
                             ? qobject_cast<QPushButton*>(box.button(QMessageBox::Cancel))
                             : qobject_cast<QPushButton*>(buttons.value(defaultChoice)));
    box.setEscapeButton(box.button(QMessageBox::Cancel));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

QString MessageBox::lastText()
{
    return s_lastText;
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                   const QString& text, Buttons buttons, Button defaultButton,
                                   const QString& details)
{
    s_lastText = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    if (s_nextAnswer) {
        const Button answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.setDetailedText(details);
    return static_cast<Button>(box.exec());
}

void MessageBox::report(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                        const QString& details)
{
    ask(icon, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, details);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text,
                                           Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}
