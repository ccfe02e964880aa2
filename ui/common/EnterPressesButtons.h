#pragma once

#include <QObject>

// Enter presses the focused button in a window that is no dialog, as it does on Windows. Qt lets
// only Space press a button there (Enter does in dialogs, through their default button), so a
// keyboard user who reached "Start" under the next appointment by Tab or F6 pressed Enter and
// nothing happened.
class EnterPressesButtons : public QObject
{
    Q_OBJECT

public:
    // Watches the whole application from now on, for as long as it lives.
    explicit EnterPressesButtons(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
