#pragma once

#include <QCalendarWidget>

// A QCalendarWidget whose parts a screen reader can name: Qt leaves the arrow buttons, the table
// of days and the year field without a name, so Orca says only "button" and "table".
class AccessibleCalendarWidget : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit AccessibleCalendarWidget(QWidget* parent = nullptr);
};
