#pragma once

#include <QCalendarWidget>

// A QCalendarWidget that screen readers can name and everyone can read: Qt leaves the arrow
// buttons, the table of days and the year field without a name (Orca says only "button" and
// "table"), paints weekends in pure red (4:1 on white), the days of other months in the disabled
// grey (about 1.8:1) and the chosen day in the highlight colour (Fusion's is 3.7:1 under white).
// Here they take readable colours derived from the palette, also after the system's scheme changes.
// The table of days shows a frame while it has the focus, and typing digits does nothing (Qt's own
// date editor misread them).
class AccessibleCalendarWidget : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit AccessibleCalendarWidget(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;

private:
    void useReadableColours();
};
