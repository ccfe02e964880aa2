#include "ui/calendar/AgendaView.h"

#include "ui/calendar/CalendarColors.h"
#include "ui/calendar/CalendarStyle.h"
#include "ui/calendar/OccurrenceModel.h"

#include <QKeyEvent>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

// A line per appointment; the first appointment of a day carries the day as a heading.
class AgendaDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static bool startsDay(const QModelIndex& index)
    {
        if (index.row() == 0)
            return true;
        const QModelIndex previous = index.siblingAtRow(index.row() - 1);
        return previous.data(OccurrenceModel::FirstDayRole).toDate()
            != index.data(OccurrenceModel::FirstDayRole).toDate();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int line = option.fontMetrics.height() + 8;
        return QSize(400, startsDay(index) ? 2 * line + 4 : line);
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int line = option.fontMetrics.height() + 8;
        QRect row = option.rect;
        const QDateTime start = index.data(OccurrenceModel::StartRole).toDateTime();
        const QLocale locale;
        const CalendarColors colors(option.palette);
        painter->save();
        if (startsDay(index)) {
            QFont bold = option.font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(colors.dayText(start.date() == QDate::currentDate()));
            painter->drawText(row.adjusted(6, 4, 0, 0).topLeft() + QPoint(0, option.fontMetrics.ascent() + 4),
                              locale.toString(start.date(), QLocale::LongFormat));
            painter->setFont(option.font);
            row.setTop(row.top() + line + 4);
        }
        const bool selected = option.state & QStyle::State_Selected;
        if (selected)
            painter->fillRect(row, colors.selectedBackground());
        const auto kind = static_cast<SessionKind>(index.data(OccurrenceModel::KindRole).toInt());
        const auto status = static_cast<AppointmentStatus>(index.data(OccurrenceModel::StatusRole).toInt());
        CalendarStyle::paintCalendarStripe(*painter, row.adjusted(0, 4, 0, -4), index);
        painter->fillRect(QRect(row.left() + 6, row.top() + 4, 5, row.height() - 8),
                          colors.appointmentFill(kind, status, false));
        painter->setPen(selected ? colors.selectedText() : colors.dayText(false));
        const QString time = index.data(OccurrenceModel::AllDayRole).toBool()
            ? AgendaView::tr("all day")
            : start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
                + index.data(OccurrenceModel::EndRole).toDateTime().toString(QStringLiteral("HH:mm"));
        QString text = time + QStringLiteral("   ") + CalendarStyle::marks(kind, status, index)
            + QLatin1Char(' ') + index.data().toString();
        const QString participants = index.data(OccurrenceModel::ParticipantsRole).toString();
        if (!participants.isEmpty())
            text += QStringLiteral(" — ") + participants;
        QFont font = option.font;
        font.setStrikeOut(CalendarStyle::isStruckOut(status));
        painter->setFont(font);
        painter->drawText(row.adjusted(18, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          option.fontMetrics.elidedText(text, Qt::ElideRight, row.width() - 24));
        painter->restore();
    }
};

} // namespace

AgendaView::AgendaView(OccurrenceModel& model, QWidget* parent)
    : CalendarView(model, parent)
    , m_list(new QListView(this))
{
    m_list->setModel(&model);
    m_list->setItemDelegate(new AgendaDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(false);
    m_list->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(nullptr);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { selectRow(current.isValid() ? current.row() : -1); });
    connect(m_list, &QListView::doubleClicked, this,
            [this](const QModelIndex& index) { Q_EMIT openRequested(index.row()); });
    connect(this, &CalendarView::selectionChanged, this, [this](int row) {
        m_list->setCurrentIndex(row >= 0 ? this->model().index(row) : QModelIndex());
    });
}

QRect AgendaView::occurrenceArea(int row) const
{
    return m_list->visualRect(model().index(row)).translated(m_list->viewport()->mapTo(this, QPoint(0, 0)));
}

void AgendaView::keyPressEvent(QKeyEvent* event)
{
    const int rows = model().rowCount();
    if (rows > 0 && event->modifiers() == Qt::NoModifier
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const int step = event->key() == Qt::Key_Up ? -1 : 1;
        const int row = selectedRow() < 0 ? 0 : qBound(0, selectedRow() + step, rows - 1);
        selectRow(row);
        setFocusDate(model().index(row).data(OccurrenceModel::StartRole).toDateTime().date());
        selectRow(row);
        return;
    }
    CalendarView::keyPressEvent(event);
}
