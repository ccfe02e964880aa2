#include "ui/common/MessageBox.h"

#include "ui/common/ScreenRoom.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLayout>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QStyle>

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
// Buttons side by side wider than the screen (long choices, large fonts) were cut at both ends:
// "Nur Zeiten, ohne Daten …" and "Vollständig, mit Daten …" could not be told apart. Then they
// stand one above the other.
void fitButtons(QMessageBox& box)
{
    auto* buttons = box.findChild<QDialogButtonBox*>();
    if (!buttons)
        return;
    box.ensurePolished();
    const int spacing = box.style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    int width = 0;
    for (const QAbstractButton* button : buttons->buttons())
        width += button->sizeHint().width() + std::max(spacing, 6);
    const QMargins margins = box.layout() ? box.layout()->contentsMargins() : QMargins();
    if (width + margins.left() + margins.right() > ScreenRoom::of(&box).width())
        buttons->setOrientation(Qt::Vertical);
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
    // On the heap: a parent that goes while the question is open (a session window whose meeting
    // ended) deletes it with its children, and a box on the stack was then deleted a second time.
    QPointer<QMessageBox> box
        = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    if (!cancelText.isEmpty())
        box->button(QMessageBox::Cancel)->setText(cancelText);
    QList<QAbstractButton*> buttons;
    for (const QString& choice : choices)
        buttons.append(box->addButton(choice, QMessageBox::AcceptRole));
    giveAltKeys(buttons + QList<QAbstractButton*> { box->button(QMessageBox::Cancel) });
    box->setDefaultButton(defaultChoice == cancelIsDefault
                              ? qobject_cast<QPushButton*>(box->button(QMessageBox::Cancel))
                              : qobject_cast<QPushButton*>(buttons.value(defaultChoice)));
    box->setEscapeButton(box->button(QMessageBox::Cancel));
    fitButtons(*box);
    box->exec();
    if (!box)
        return -1;
    const int choice = int(buttons.indexOf(box->clickedButton()));
    delete box;
    return choice;
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
    // On the heap, as in choose(): the parent may go while the box is open.
    QPointer<QMessageBox> box = new QMessageBox(icon, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setDetailedText(details);
    fitButtons(*box);
    const auto answer = static_cast<Button>(box->exec());
    if (!box)
        return QMessageBox::NoButton;
    delete box;
    return answer;
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
