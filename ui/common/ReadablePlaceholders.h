#pragma once

#include <QObject>
#include <QPalette>

// The hints in empty fields („Suchen (Strg+F)“, „Kurze Notizen, nur für Sie. Sie werden nie
// versandt.“) read at 4.5:1 against the field, in whichever scheme the system sets. Qt paints them
// in the text colour at half strength, 4.0:1 on white, though some of them are the only place that
// says what the field is for.
class ReadablePlaceholders : public QObject
{
    Q_OBJECT

public:
    // Sets the application's palette from now on and again whenever the system changes it.
    explicit ReadablePlaceholders(QObject* parent = nullptr);

    // palette with its placeholder text between text and base, as dim as still reads on base.
    static QPalette applied(const QPalette& palette);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();
};
