#pragma once

#include <QMessageBox>

// Every modal question the app asks goes through here, so tests can answer it in advance
// instead of hanging on a dialog nobody sees.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);

    // A result whose long list (an import's warnings) waits behind "Show Details…"; no details,
    // no button.
    static void report(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       const QString& details);

    // Offers choices as buttons (plus Cancel, or cancelText where "Cancel" would mislead); returns
    // the chosen index, or -1 for Cancel. Enter picks defaultChoice, or Cancel with cancelIsDefault.
    static constexpr int cancelIsDefault = -1;
    static int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
                      int defaultChoice = 0, const QString& cancelText = QString());

    // The next box returns this answer at once without being shown.
    static void setNextAnswer(Button answer);
    static void setNextChoice(int index);
    // The text (and details) of the last box that was answered in advance, for assertions.
    static QString lastText();

private:
    static Button ask(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                      Buttons buttons, Button defaultButton, const QString& details = QString());
};
