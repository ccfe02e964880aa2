#include "ui/common/DateField.h"

#include "core/base/DateTimeInput.h"
#include "ui/common/AccessibleCalendarWidget.h"

#include <QAction>
#include <QKeyEvent>
#include <QStyle>

DateField::DateField(const QDate& today, QWidget* parent)
    : QLineEdit(parent)
    , m_today(today)
{
    const QString format = DateTimeInput::dateFormat(locale());
    setPlaceholderText(locale().toString(today, format));
    setToolTip(tr("Type the date, e.g. %1, or pick it from the calendar (%2).")
                   .arg(locale().toString(today, format),
                        QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText)));
    QAction* pick = addAction(style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("pickDateAction"));
    // The text names the button screen readers announce at the end of the field.
    pick->setText(tr("Pick from the calendar"));
    pick->setToolTip(pick->text());
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateField::readText);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (m_date.isValid())
            setText(locale().toString(m_date, DateTimeInput::dateFormat(locale())));
    });
}

void DateField::setDate(const QDate& date)
{
    setText(locale().toString(date, DateTimeInput::dateFormat(locale())));
    readText();
}

bool DateField::namesDayThatDoesNotExist() const
{
    return DateTimeInput::namesDayThatDoesNotExist(text(), locale(), m_today);
}

void DateField::readText()
{
    const QDate date = DateTimeInput::parseDate(text(), locale(), m_today).value_or(QDate());
    if (date == m_date)
        return;
    m_date = date;
    Q_EMIT dateChanged(m_date);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::showCalendar()
{
    auto* calendar = new AccessibleCalendarWidget(this);
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setObjectName(QStringLiteral("datePicker"));
    calendar->setFirstDayOfWeek(locale().firstDayOfWeek());
    calendar->setSelectedDate(m_date.isValid() ? m_date : m_today);
    connect(calendar, &QCalendarWidget::activated, this, [this, calendar](const QDate& date) {
        setDate(date);
        calendar->close();
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, calendar](const QDate& date) {
        setDate(date);
        calendar->close();
    });
    calendar->move(mapToGlobal(QPoint(0, height())));
    calendar->show();
    calendar->setFocus();
}
