#include "ui/calendar/TimeGridView.h"

#include "core/base/DateFormats.h"
#include "core/base/DateTimeInput.h"
#include "ui/calendar/CalendarColors.h"
#include "ui/calendar/CalendarStyle.h"
#include "ui/calendar/OccurrenceModel.h"

#include <QApplication>
#include <QHash>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

// The colours of the appointment blocks, found once per paint: a readable colour is a search through
// steps of lightness, and a week shows hundreds of blocks in a few kinds and states.
class TimeGridView::BlockColors
{
public:
    explicit BlockColors(const QPalette& palette)
        : m_colors(palette)
        , m_text(m_colors.appointmentText())
        , m_focusFrame(m_colors.focusFrame())
    { }

    QColor fill(SessionKind kind, AppointmentStatus status, bool selected)
    {
        const int key = (int(kind) << 8) | (int(status) << 1) | int(selected);
        auto found = m_fills.constFind(key);
        if (found == m_fills.cend())
            found = m_fills.insert(key, m_colors.appointmentFill(kind, status, selected));
        return *found;
    }
    QColor text() const { return m_text; }
    QColor focusFrame() const { return m_focusFrame; }

private:
    const CalendarColors m_colors;
    const QColor m_text;
    const QColor m_focusFrame;
    QHash<int, QColor> m_fills;
};

// The scrolling 24-hour grid; it paints and reports clicks through its view.
class TimeGridCanvas : public QWidget
{
public:
    explicit TimeGridCanvas(TimeGridView* view)
        : QWidget(view)
        , m_view(view)
    {
        setMinimumHeight(24 * m_view->hourHeight() + 1);
        setMouseTracking(true); // to show where an item's end can be pulled
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QPainter painter(this);
        m_view->paintGrid(painter, event->rect());
    }
    void mousePressEvent(QMouseEvent* event) override
    {
        m_view->pressedAt(event->position().toPoint(), false);
    }
    void mouseDoubleClickEvent(QMouseEvent* event) override
    {
        m_view->pressedAt(event->position().toPoint(), true);
    }
    void mouseMoveEvent(QMouseEvent* event) override { m_view->draggedTo(event->position().toPoint()); }
    void mouseReleaseEvent(QMouseEvent* event) override { m_view->releasedAt(event->position().toPoint()); }
    bool event(QEvent* event) override
    {
        if (event->type() != QEvent::ToolTip)
            return QWidget::event(event);
        m_view->showToolTip(static_cast<QHelpEvent*>(event), m_view->m_timed, this);
        return true;
    }
    // The items' places depend on the grid's width, which the scroll area decides.
    void resizeEvent(QResizeEvent*) override { m_view->layoutItems(); }

private:
    TimeGridView* m_view;
};

// Day names and the all-day items, above the grid.
class TimeGridHeader : public QWidget
{
public:
    explicit TimeGridHeader(TimeGridView* view)
        : QWidget(view)
        , m_view(view)
    { }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        m_view->paintHeader(painter);
    }
    void mousePressEvent(QMouseEvent* event) override
    {
        m_view->pressedInHeader(event->position().toPoint(), false);
    }
    void mouseDoubleClickEvent(QMouseEvent* event) override
    {
        m_view->pressedInHeader(event->position().toPoint(), true);
    }
    bool event(QEvent* event) override
    {
        if (event->type() != QEvent::ToolTip)
            return QWidget::event(event);
        m_view->showToolTip(static_cast<QHelpEvent*>(event), m_view->m_allDay, this);
        return true;
    }

private:
    TimeGridView* m_view;
};

TimeGridView::TimeGridView(OccurrenceModel& model, int days, QWidget* parent)
    : CalendarView(model, parent)
    , m_days(days)
    , m_header(new TimeGridHeader(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new TimeGridCanvas(this))
    , m_earlier(new QPushButton(m_scroll->viewport()))
    , m_later(new QPushButton(m_scroll->viewport()))
{
    measureTimeColumn();
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_header->setFixedHeight(dayLabelHeight());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    connect(&model, &QAbstractItemModel::modelReset, this, [this] {
        layoutItems();
        m_header->update();
        m_grid->update();
    });
    connect(this, &CalendarView::selectionChanged, this, [this] {
        m_header->update();
        m_grid->update();
        revealSelection();
    });
    connect(this, &CalendarView::focusDateChanged, this, [this] {
        m_header->update();
        m_grid->update();
    });
    // The grid opens at 07:00: what lies before or after the hours in view must not go unseen.
    for (QPushButton* hint : { m_earlier, m_later }) {
        hint->setObjectName(hint == m_earlier ? QStringLiteral("earlierHint") : QStringLiteral("laterHint"));
        hint->setFocusPolicy(Qt::NoFocus); // the arrow keys reach every appointment
        hint->setCursor(Qt::PointingHandCursor);
        hint->setAccessibleDescription(tr("Scrolls to them."));
        hint->hide();
        connect(hint, &QPushButton::clicked, this, [this, hint] { revealHidden(hint == m_earlier); });
    }
    m_scroll->viewport()->installEventFilter(this);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &TimeGridView::showHiddenItems);
    scrollToHour(7);
}

bool TimeGridView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        showHiddenItems();
    return CalendarView::eventFilter(watched, event);
}

void TimeGridView::showHiddenItems()
{
    // The views not shown follow the chosen day too: each renamed its hints, and a screen reader
    // heard every rename three times. They say theirs when shown.
    if (!isVisible())
        return;
    const int top = m_scroll->verticalScrollBar()->value();
    const int bottom = top + m_scroll->viewport()->height();
    int earlier = 0;
    int later = 0;
    for (const Placement& placement : std::as_const(m_timed)) {
        earlier += placement.rect.bottom() < top ? 1 : 0;
        later += placement.rect.top() > bottom ? 1 : 0;
    }
    // Renamed only for another count to show: every move of the keyboard renamed both hints, the
    // hidden ones "0 more …" too, and each rename went to screen readers. The text alone: it is
    // said as hintName(), and another name set beside it was a second rename.
    if (earlier > 0 && earlier != m_earlierShown) {
        m_earlierShown = earlier;
        m_earlier->setText(tr("▲ %n more earlier", nullptr, earlier));
    }
    if (later > 0 && later != m_laterShown) {
        m_laterShown = later;
        m_later->setText(tr("▼ %n more later", nullptr, later));
    }
    const QRect viewport = m_scroll->viewport()->rect();
    for (QPushButton* hint : { m_earlier, m_later }) {
        hint->adjustSize();
        const int y = hint == m_earlier ? viewport.top() + 2 : viewport.bottom() - hint->height() - 1;
        hint->move(viewport.right() - hint->width() - 4, y);
        hint->setVisible(hint == m_earlier ? earlier > 0 : later > 0);
        hint->raise();
    }
}

QList<QAbstractButton*> TimeGridView::hints() const
{
    return { m_earlier, m_later };
}

QString TimeGridView::hintName(const QAbstractButton* hint) const
{
    // Without the arrows, which a screen reader reads as "black up-pointing triangle".
    return hint == m_earlier
        ? tr("%n more appointments earlier, before the hours shown", nullptr, m_earlierShown)
        : tr("%n more appointments later, after the hours shown", nullptr, m_laterShown);
}

void TimeGridView::revealSelection()
{
    if (m_selectingByPointer)
        return;
    for (const Placement& placement : std::as_const(m_timed)) {
        if (placement.row != selectedRow())
            continue;
        // All of it where it fits, its top with the title where it does not.
        const int margin = hourHeight() / 4;
        m_scroll->ensureVisible(placement.rect.center().x(), placement.rect.bottom(), 0, margin);
        m_scroll->ensureVisible(placement.rect.center().x(), placement.rect.top(), 0, margin);
        return;
    }
}

void TimeGridView::revealHidden(bool earlier)
{
    QScrollBar* scroll = m_scroll->verticalScrollBar();
    const int top = scroll->value();
    const int height = m_scroll->viewport()->height();
    std::optional<int> target;
    for (const Placement& placement : std::as_const(m_timed)) {
        if (earlier && placement.rect.bottom() < top)
            target = std::max(target.value_or(0), placement.rect.top() - hourHeight() / 2);
        else if (!earlier && placement.rect.top() > top + height)
            target = std::min(target.value_or(std::numeric_limits<int>::max()),
                              placement.rect.bottom() + hourHeight() / 2 - height);
    }
    if (target)
        scroll->setValue(*target);
}

QDate TimeGridView::windowStart(const QDate& date) const
{
    if (m_days == 1)
        return date;
    const QDate monday = date.addDays(1 - date.dayOfWeek()); // weeks start on Monday
    // Seen on a weekend, the work week that is over is no use: the coming one is what gets planned
    // (and the Week view is there for a weekend appointment).
    return m_days == 5 && date.dayOfWeek() > 5 ? monday.addDays(7) : monday;
}

int TimeGridView::hourHeight() const
{
    // Room for three lines: a fifty-minute appointment shows its time, title and client.
    return std::max(48, 3 * fontMetrics().lineSpacing() + 6);
}

int TimeGridView::timeColumnWidth() const
{
    return m_timeColumnWidth;
}

void TimeGridView::measureTimeColumn()
{
    m_timeColumnWidth = std::max(56, fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 16);
}

int TimeGridView::dayLabelHeight() const
{
    return std::max(28, fontMetrics().lineSpacing() + 12);
}

int TimeGridView::allDayLaneHeight() const
{
    return std::max(20, fontMetrics().lineSpacing() + 4);
}

void TimeGridView::changeEvent(QEvent* event)
{
    // A larger or smaller font (the system's setting changed): the grid grows or shrinks with it.
    if (event->type() == QEvent::FontChange) {
        measureTimeColumn();
        m_grid->setMinimumHeight(24 * hourHeight() + 1);
        layoutItems();
    }
    CalendarView::changeEvent(event);
}

void TimeGridView::scrollToHour(int hour)
{
    m_scroll->verticalScrollBar()->setValue(hour * hourHeight());
}

int TimeGridView::dayWidth() const
{
    return qMax(40, (m_grid->width() - timeColumnWidth()) / m_days);
}

int TimeGridView::dayX(int dayIndex) const
{
    return timeColumnWidth() + dayIndex * dayWidth();
}

void TimeGridView::layoutItems()
{
    m_timed.clear();
    m_allDay.clear();
    const QDate first = model().firstDay();
    const int width = dayWidth();

    QList<int> allDayLaneEnds; // per lane: the first free day index
    for (int day = 0; day < m_days; ++day) {
        const QDate date = first.addDays(day);
        struct Item
        {
            int row;
            int top;
            int bottom;
        };
        QList<Item> items;
        for (int row : rowsOn(date)) {
            const QModelIndex index = model().index(row);
            if (index.data(OccurrenceModel::AllDayRole).toBool())
                continue;
            const QDateTime start = index.data(OccurrenceModel::StartRole).toDateTime();
            const QDateTime end = index.data(OccurrenceModel::EndRole).toDateTime();
            const int top
                = start.date() < date ? 0 : (start.time().msecsSinceStartOfDay() / 60000) * hourHeight() / 60;
            const int bottom = end.date() > date
                ? 24 * hourHeight()
                : (end.time().msecsSinceStartOfDay() / 60000) * hourHeight() / 60;
            items.append({ row, top, qMax(bottom, top + hourHeight() / 3) });
        }
        // Overlapping appointments share the day's width side by side.
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.top < b.top; });
        QList<int> laneBottoms;
        QList<int> lanes;
        qsizetype clusterStart = 0;
        int clusterBottom = -1;
        const auto closeCluster = [&](qsizetype end) {
            const int laneCount = int(laneBottoms.size());
            for (qsizetype i = clusterStart; i < end; ++i) {
                const int laneWidth = (width - 4) / qMax(1, laneCount);
                m_timed.append({ items.at(i).row,
                                 QRect(dayX(day) + 2 + lanes.at(i) * laneWidth, items.at(i).top + 1,
                                       laneWidth - 2, items.at(i).bottom - items.at(i).top - 2) });
            }
            laneBottoms.clear();
        };
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).top >= clusterBottom && i > 0) {
                closeCluster(i);
                clusterStart = i;
            }
            qsizetype lane = 0;
            while (lane < laneBottoms.size() && laneBottoms.at(lane) > items.at(i).top)
                ++lane;
            if (lane == laneBottoms.size())
                laneBottoms.append(items.at(i).bottom);
            else
                laneBottoms[lane] = items.at(i).bottom;
            lanes.append(int(lane));
            clusterBottom = qMax(clusterBottom, items.at(i).bottom);
        }
        closeCluster(items.size());
    }

    // All-day items as bars across the days they cover, each in the first free lane.
    for (int row = 0; row < model().rowCount(); ++row) {
        const QModelIndex index = model().index(row);
        if (!index.data(OccurrenceModel::AllDayRole).toBool())
            continue;
        const int firstDay
            = int(qMax<qint64>(0, first.daysTo(index.data(OccurrenceModel::FirstDayRole).toDate())));
        const int lastDay
            = int(qMin<qint64>(m_days - 1, first.daysTo(index.data(OccurrenceModel::LastDayRole).toDate())));
        if (lastDay < firstDay)
            continue;
        qsizetype lane = 0;
        while (lane < allDayLaneEnds.size() && allDayLaneEnds.at(lane) > firstDay)
            ++lane;
        if (lane == allDayLaneEnds.size())
            allDayLaneEnds.append(0);
        allDayLaneEnds[lane] = lastDay + 1;
        m_allDay.append({ row,
                          QRect(dayX(firstDay) + 2, dayLabelHeight() + int(lane) * allDayLaneHeight() + 1,
                                (lastDay - firstDay + 1) * width - 4, allDayLaneHeight() - 2) });
    }
    m_allDayLanes = int(allDayLaneEnds.size());
    showHiddenItems();
    m_header->setFixedHeight(dayLabelHeight() + m_allDayLanes * allDayLaneHeight() + (m_allDayLanes ? 4 : 0));
}

QList<QRect> TimeGridView::itemRects(int row) const
{
    QList<QRect> rects;
    for (const Placement& placement : m_timed) {
        if (placement.row == row)
            rects.append(placement.rect);
    }
    return rects;
}

QString TimeGridView::cellName(int row, int column) const
{
    return row == 0
        ? columnName(column)
        : QLocale().dayName(model().firstDay().addDays(column).dayOfWeek()) + QLatin1Char(' ') + rowName(row);
}

int TimeGridView::cellAppointmentCount(int row, int column) const
{
    // It said "1 appointment" for a day with an all-day and a timed one, and nothing for a day
    // with timed ones only, beside the month overview's "2 appointments".
    return row == 0 ? int(rowsOn(model().firstDay().addDays(column)).size())
                    : CalendarView::cellAppointmentCount(row, column);
}

QString TimeGridView::columnName(int column) const
{
    return QLocale().toString(model().firstDay().addDays(column), QLocale::LongFormat);
}

QString TimeGridView::rowName(int row) const
{
    return row == 0 ? tr("All day") : QTime(row - 1, 0).toString(DateTimeInput::timeFormat());
}

QList<int> TimeGridView::occurrencesInCell(int row, int column) const
{
    const QDate date = model().firstDay().addDays(column);
    QList<int> rows;
    for (int occurrence : rowsOn(date)) {
        const QModelIndex index = model().index(occurrence);
        const bool allDay = index.data(OccurrenceModel::AllDayRole).toBool();
        if (row == 0) {
            // An all-day item once, on the first day it shows.
            if (allDay && (column == 0 || index.data(OccurrenceModel::FirstDayRole).toDate() == date))
                rows.append(occurrence);
            continue;
        }
        if (allDay)
            continue;
        // A timed item in the hour it begins; one from the day before in the first hour.
        const QDateTime start = index.data(OccurrenceModel::StartRole).toDateTime();
        if ((start.date() < date ? 0 : start.time().hour()) == row - 1)
            rows.append(occurrence);
    }
    return rows;
}

QRect TimeGridView::cellArea(int row, int column) const
{
    if (row == 0)
        return QRect(m_header->mapTo(this, QPoint(dayX(column), 0)), QSize(dayWidth(), m_header->height()));
    return QRect(m_grid->mapTo(this, QPoint(dayX(column), (row - 1) * hourHeight())),
                 QSize(dayWidth(), hourHeight()));
}

QPoint TimeGridView::focusCell() const
{
    return QPoint(int(std::clamp<qint64>(model().firstDay().daysTo(focusDate()), 0, m_days - 1)), 0);
}

QRect TimeGridView::occurrenceArea(int row) const
{
    for (const Placement& placement : m_timed) {
        if (placement.row == row)
            return placement.rect.translated(m_grid->mapTo(this, QPoint(0, 0)));
    }
    for (const Placement& placement : m_allDay) {
        if (placement.row == row)
            return placement.rect.translated(m_header->mapTo(this, QPoint(0, 0)));
    }
    return {};
}

QDateTime TimeGridView::timeAt(const QPoint& gridPosition) const
{
    const int day = qBound(0, (gridPosition.x() - timeColumnWidth()) / dayWidth(), m_days - 1);
    const int quarter = qBound(0, gridPosition.y() * 4 / hourHeight(), 95);
    return QDateTime(model().firstDay().addDays(day), QTime(quarter / 4, (quarter % 4) * 15));
}

void TimeGridView::paintItem(QPainter& painter, BlockColors& colors, int row, const QRect& rect, bool timed)
{
    const QModelIndex index = model().index(row);
    const auto kind = static_cast<SessionKind>(index.data(OccurrenceModel::KindRole).toInt());
    const auto status = static_cast<AppointmentStatus>(index.data(OccurrenceModel::StatusRole).toInt());
    const bool selected = row == selectedRow();
    const QColor fill = colors.fill(kind, status, selected);
    painter.setPen(fill.darker(130));
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, 4, 4);

    painter.save();
    CalendarStyle::paintCalendarStripe(painter, rect.adjusted(1, 1, 0, -1), index);
    const QRect area = textArea(row, rect);
    painter.setFont(itemFont(row, area));
    painter.setPen(colors.text());
    const QFontMetrics metrics = painter.fontMetrics();
    const QStringList lines = itemLines(row, area, timed, painter.font());
    if (lines.size() == 1) {
        painter.drawText(
            area, Qt::AlignLeft | (area.height() < 2 * metrics.height() ? Qt::AlignVCenter : Qt::AlignTop),
            lines.constFirst());
    } else {
        for (qsizetype line = 0; line < lines.size(); ++line)
            painter.drawText(
                QRect(area.left(), area.top() + int(line) * metrics.height(), area.width(), metrics.height()),
                Qt::AlignLeft | Qt::AlignTop, lines.at(line));
    }
    painter.restore();
}

QRect TimeGridView::textArea(int row, const QRect& rect) const
{
    // Close to the edges: in a narrow day every pixel is a letter more of the title.
    return rect.adjusted(2 + CalendarStyle::stripeWidth(model().index(row)), 1, -1, -1);
}

QFont TimeGridView::itemFont(int row, const QRect& textArea) const
{
    QFont font = this->font();
    font.setStrikeOut(CalendarStyle::isStruckOut(
        static_cast<AppointmentStatus>(model().index(row).data(OccurrenceModel::StatusRole).toInt())));
    // A block too low for a line gets a smaller font.
    if (textArea.height() < QFontMetrics(font).height() && font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QStringList TimeGridView::itemLines(int row, const QRect& textArea, bool timed, const QFont& font) const
{
    const QFontMetrics metrics(font);
    const QModelIndex index = model().index(row);
    const auto kind = static_cast<SessionKind>(index.data(OccurrenceModel::KindRole).toInt());
    const auto status = static_cast<AppointmentStatus>(index.data(OccurrenceModel::StatusRole).toInt());
    const QString marks = CalendarStyle::marks(kind, status, index) + QLatin1Char(' ');
    const QString time = timed
        ? index.data(OccurrenceModel::StartRole).toDateTime().toString(DateTimeInput::timeFormat())
            + QLatin1Char(' ')
        : QString();
    const QString title = index.data().toString();
    const QString participants = timed ? index.data(OccurrenceModel::ParticipantsRole).toString() : QString();
    const int width = textArea.width();
    const int lines = textArea.height() / metrics.height();
    if (lines < 2) {
        // A short block gets one line, the client's name first: whom the counselor meets matters
        // most. What does not fit is elided; the tooltip has it all.
        const QString named = participants.isEmpty() ? title : participants + QStringLiteral(" · ") + title;
        return { metrics.elidedText(CalendarStyle::lead(marks, time, named, metrics, width) + named,
                                    Qt::ElideRight, width) };
    }
    // The heading wraps over the lines the client's name leaves it, the marks held to the title's
    // first word: alone on a line, "▶" left "Teamsitz…" a line less.
    QString lead = CalendarStyle::lead(marks, time, title, metrics, width);
    if (lead.endsWith(QLatin1Char(' ')))
        lead.back() = QChar::Nbsp;
    QStringList shown
        = CalendarStyle::wrapped(lead + title, font, width, lines - (participants.isEmpty() ? 0 : 1));
    if (!participants.isEmpty())
        shown.append(metrics.elidedText(participants, Qt::ElideRight, width));
    return shown;
}

QStringList TimeGridView::itemText(int row) const
{
    for (const Placement& placement : m_timed) {
        if (placement.row == row) {
            const QRect area = textArea(row, placement.rect);
            return itemLines(row, area, true, itemFont(row, area));
        }
    }
    return {};
}

void TimeGridView::showToolTip(QHelpEvent* event, const QList<Placement>& items, QWidget* on)
{
    for (const Placement& placement : items) {
        if (placement.rect.contains(event->pos())) {
            QToolTip::showText(event->globalPos(),
                               model().index(placement.row).data(Qt::ToolTipRole).toString(), on,
                               placement.rect);
            return;
        }
    }
    QToolTip::hideText();
    event->ignore();
}

void TimeGridView::paintGrid(QPainter& painter, const QRect& exposed)
{
    const CalendarColors colors(palette());
    painter.fillRect(exposed, colors.dayBackground());
    const QDate first = model().firstDay();
    const int width = dayWidth();
    for (int day = 0; day < m_days; ++day) {
        const QDate date = first.addDays(day);
        if (date.dayOfWeek() >= 6)
            painter.fillRect(QRect(dayX(day), 0, width, 24 * hourHeight()), colors.weekendBackground());
        if (date == focusDate() && hasFocus())
            painter.fillRect(QRect(dayX(day), 0, width, 24 * hourHeight()), colors.chosenDayBackground(true));
    }
    for (int hour = 0; hour <= 24; ++hour) {
        const int y = hour * hourHeight();
        painter.setPen(colors.gridLine());
        painter.drawLine(timeColumnWidth() - 4, y, m_grid->width(), y);
        painter.setPen(colors.hourText());
        if (hour < 24)
            painter.drawText(QRect(0, y + 2, timeColumnWidth() - 8, fontMetrics().lineSpacing()),
                             Qt::AlignRight | Qt::AlignTop,
                             QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    }
    painter.setPen(colors.gridLine());
    for (int day = 0; day <= m_days; ++day)
        painter.drawLine(dayX(day), 0, dayX(day), 24 * hourHeight());

    // The focus: a frame around the focused day, in the same place on the header.
    if (hasFocus())
        paintFocusFrame(painter, 24 * hourHeight());

    // Now, as a red line on today, under the appointments (it crossed out their text), and as a
    // mark beside the hours, where no appointment covers it.
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 todayIndex = first.daysTo(now.date());
    if (todayIndex >= 0 && todayIndex < m_days) {
        const int y = now.time().msecsSinceStartOfDay() / 60000 * hourHeight() / 60;
        painter.setPen(QPen(colors.nowLine(), 2));
        painter.drawLine(dayX(int(todayIndex)), y, dayX(int(todayIndex)) + width, y);
        painter.drawLine(timeColumnWidth() - 6, y, dayX(0), y);
    }

    // Only what is in view: the grid holds all 24 hours, the scroll area shows a working day of them.
    BlockColors blockColors(palette());
    for (const Placement& placement : std::as_const(m_timed)) {
        if (placement.rect.adjusted(-1, -1, 1, 1).intersects(exposed))
            paintItem(painter, blockColors, placement.row, placement.rect, true);
    }
    paintSelectionFrame(painter, blockColors, m_timed);

    // Where the dragged item would land, as an outline with its new times.
    QDateTime start;
    QDateTime end;
    if (m_drag && dragResult(m_drag->current, &start, &end)) {
        const qint64 day = model().firstDay().daysTo(start.date());
        const int top = start.time().msecsSinceStartOfDay() / 60000 * hourHeight() / 60;
        const int bottom = start.date() == end.date()
            ? end.time().msecsSinceStartOfDay() / 60000 * hourHeight() / 60
            : 24 * hourHeight();
        const QRect target(dayX(int(qBound(qint64(0), day, qint64(m_days - 1)))) + 2, top,
                           m_drag->rect.width(), std::max(bottom - top, hourHeight() / 4));
        painter.setPen(QPen(colors.focusFrame(), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(target, 4, 4);
        // The new times at the outline's foot, on the day's colour: at its top they were written
        // over the appointment's own title while it was made longer or shorter. Below the outline
        // when that is too short for two lines.
        const QString times = start.toString(DateTimeInput::timeFormat()) + QStringLiteral("–")
            + end.toString(DateTimeInput::timeFormat());
        const QFontMetrics metrics = painter.fontMetrics();
        QRect label(target.left() + 4, target.bottom() - metrics.height() - 3,
                    metrics.horizontalAdvance(times) + 6, metrics.height() + 2);
        if (target.height() < 2 * metrics.height() + 6)
            label.moveTop(target.bottom() + 3);
        painter.fillRect(label, colors.dayBackground());
        painter.setPen(colors.dayText(false));
        painter.drawText(label, Qt::AlignCenter, times);
    }
}

void TimeGridView::paintHeader(QPainter& painter)
{
    const CalendarColors colors(palette());
    painter.fillRect(m_header->rect(), colors.headerBackground());
    const QDate first = model().firstDay();
    const QLocale locale;
    // The day and month where they fit, else the day, else the weekday alone, the same for every day
    // (in bold, as today is): at 200 % in a week the labels ran into each other ("Mo. 30.11Di. 01.12.").
    const auto dayLabel = [&locale](const QDate& date, int detail) -> QString {
        const QString weekday = locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
        if (detail == 0)
            return weekday + QLatin1Char(' ') + locale.toString(date, DateFormats::numericDayMonth(locale));
        return detail == 1 ? weekday + QLatin1Char(' ') + QString::number(date.day()) : weekday;
    };
    QFont bold = painter.font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int detail = 0;
    for (; detail < 2; ++detail) {
        bool fits = true;
        for (int day = 0; day < m_days; ++day)
            fits = fits
                && boldMetrics.horizontalAdvance(dayLabel(first.addDays(day), detail)) <= dayWidth() - 4;
        if (fits)
            break;
    }
    for (int day = 0; day < m_days; ++day) {
        const QDate date = first.addDays(day);
        const QRect label(dayX(day), 0, dayWidth(), dayLabelHeight());
        QFont font = painter.font();
        font.setBold(date == QDate::currentDate());
        painter.setFont(font);
        painter.setPen(colors.dayText(date == QDate::currentDate()));
        const QString text = dayLabel(date, detail);
        painter.drawText(label, Qt::AlignCenter, text);
        font.setBold(false);
        painter.setFont(font);
    }
    if (hasFocus())
        paintFocusFrame(painter, m_header->height());
    BlockColors blockColors(palette());
    for (const Placement& placement : std::as_const(m_allDay))
        paintItem(painter, blockColors, placement.row, placement.rect, false);
    paintSelectionFrame(painter, blockColors, m_allDay);
}

void TimeGridView::paintSelectionFrame(QPainter& painter, const BlockColors& colors,
                                       const QList<Placement>& items)
{
    // Unmistakable, also with low vision and on the chosen day's tint: a thick frame in the
    // highlight colour (3:1 against every day background) around the block, a ring of the day's
    // colour between the two. Painted over the neighbours, which may overlap it.
    for (const Placement& placement : items) {
        if (placement.row != selectedRow())
            continue;
        painter.save();
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colors.text(), 2));
        painter.drawRoundedRect(placement.rect.adjusted(-1, -1, 1, 1), 5, 5);
        painter.setPen(QPen(colors.focusFrame(), 3));
        painter.drawRoundedRect(placement.rect.adjusted(-3, -3, 3, 3), 6, 6);
        painter.restore();
    }
}

void TimeGridView::paintFocusFrame(QPainter& painter, int height)
{
    const qint64 day = model().firstDay().daysTo(focusDate());
    if (day < 0 || day >= m_days)
        return;
    painter.save();
    painter.setPen(QPen(CalendarColors(palette()).focusFrame(), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRect(dayX(int(day)) + 1, 1, dayWidth() - 2, height - 2));
    painter.restore();
}

void TimeGridView::pressedAt(const QPoint& gridPosition, bool doubleClick)
{
    setFocus(Qt::MouseFocusReason);
    m_drag.reset();
    for (const Placement& placement : std::as_const(m_timed)) {
        if (placement.rect.contains(gridPosition)) {
            // Its day becomes the current one, so that N plans beside it, as in the month view.
            setFocusDate(timeAt(gridPosition).date());
            {
                // What is clicked is in sight: scrolled further under the pressed button, the
                // release landed elsewhere on the grid, and the click moved the appointment.
                const QScopedValueRollback<bool> clicked(m_selectingByPointer, true);
                selectRow(placement.row);
            }
            if (doubleClick) {
                Q_EMIT openRequested(placement.row);
                return;
            }
            // A read-only calendar's appointment does not move: no outline promises it would.
            if (!isReadOnly(placement.row))
                m_drag = Drag { placement.row, gridPosition.y() >= placement.rect.bottom() - resizeHandle,
                                gridPosition, placement.rect, gridPosition };
            return;
        }
    }
    const QDateTime time = timeAt(gridPosition);
    setFocusDate(time.date());
    selectRow(-1);
    if (doubleClick)
        Q_EMIT newRequested(time.date(), time.time());
}

bool TimeGridView::isReadOnly(int row) const
{
    return model().index(row).data(OccurrenceModel::ReadOnlyRole).toBool();
}

bool TimeGridView::dragResult(const QPoint& gridPosition, QDateTime* start, QDateTime* end) const
{
    if (!m_drag || (gridPosition - m_drag->pressed).manhattanLength() < QApplication::startDragDistance())
        return false;
    const QModelIndex index = model().index(m_drag->row);
    const QDateTime oldStart = index.data(OccurrenceModel::StartRole).toDateTime().toLocalTime();
    const QDateTime oldEnd = index.data(OccurrenceModel::EndRole).toDateTime().toLocalTime();
    const int quarters = qRound(double(gridPosition.y() - m_drag->pressed.y()) * 4 / hourHeight());
    const qint64 days = timeAt(m_drag->pressed).date().daysTo(timeAt(gridPosition).date());
    if (m_drag->resize) {
        *start = oldStart;
        *end = std::max(oldEnd.addSecs(qint64(quarters) * 15 * 60), oldStart.addSecs(15 * 60));
    } else {
        *start = oldStart.addDays(days).addSecs(qint64(quarters) * 15 * 60);
        *end = *start + (oldEnd - oldStart);
    }
    return *start != oldStart || *end != oldEnd;
}

void TimeGridView::draggedTo(const QPoint& gridPosition)
{
    if (!m_drag) {
        // Show where the lower edge can be pulled.
        const bool onEdge = std::any_of(m_timed.cbegin(), m_timed.cend(), [&](const Placement& placement) {
            return placement.rect.contains(gridPosition)
                && gridPosition.y() >= placement.rect.bottom() - resizeHandle && !isReadOnly(placement.row);
        });
        m_grid->setCursor(onEdge ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    m_drag->current = gridPosition;
    m_grid->setCursor(m_drag->resize ? Qt::SizeVerCursor : Qt::SizeAllCursor);
    m_grid->update();
}

void TimeGridView::releasedAt(const QPoint& gridPosition)
{
    QDateTime start;
    QDateTime end;
    const bool moved = dragResult(gridPosition, &start, &end);
    const int row = m_drag ? m_drag->row : -1;
    m_drag.reset();
    m_grid->unsetCursor();
    m_grid->update();
    if (moved)
        Q_EMIT rescheduleRequested(row, start, end);
}

void TimeGridView::pressedInHeader(const QPoint& position, bool doubleClick)
{
    setFocus(Qt::MouseFocusReason);
    for (const Placement& placement : std::as_const(m_allDay)) {
        if (placement.rect.contains(position)) {
            setFocusDate(timeAt(QPoint(position.x(), 0)).date());
            selectRow(placement.row);
            if (doubleClick)
                Q_EMIT openRequested(placement.row);
            return;
        }
    }
    const QDate date = timeAt(QPoint(position.x(), 0)).date();
    setFocusDate(date);
    if (doubleClick)
        Q_EMIT dayRequested(date);
}
