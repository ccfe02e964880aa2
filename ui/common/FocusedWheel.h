#pragma once

#include <QObject>

// Combo boxes and spin boxes take the mouse wheel only once they have the keyboard focus; until
// then the wheel scrolls what they sit in. Qt lets any of them take it, so a counselor scrolling a
// long form with the pointer resting on "Language" turned it from German to English unseen, and the
// client's invitation would have gone out in English.
class FocusedWheel : public QObject
{
    Q_OBJECT

public:
    // Watches the whole application from now on, for as long as it lives.
    explicit FocusedWheel(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
