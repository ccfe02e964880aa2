#include "ui/calendar/RecurrenceEditor.h"

#include "core/calendar/RecurrenceRule.h"
#include "ui/common/DateField.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

RecurrenceEditor::RecurrenceEditor(const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_interval(new QSpinBox(this))
    , m_frequency(new QComboBox(this))
    , m_never(new QRadioButton(tr("&never"), this))
    , m_onDate(new QRadioButton(tr("o&n"), this))
    , m_afterCount(new QRadioButton(tr("a&fter"), this))
    , m_until(new DateField(today, this))
    , m_count(new QSpinBox(this))
    , m_editor(new QWidget(this))
    , m_kept(new QLabel(this))
{
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRange(1, 99);
    m_frequency->setObjectName(QStringLiteral("frequency"));
    m_frequency->addItems({ QString(), QString(), QString(), QString() }); // named by updateState()
    m_until->setObjectName(QStringLiteral("until"));
    m_count->setObjectName(QStringLiteral("endCount"));
    // The radio buttons before them say when the series ends; the fields need names of their own.
    m_until->setAccessibleName(tr("Last day"));
    m_count->setAccessibleName(tr("Number of appointments"));
    m_count->setRange(1, 500);
    m_count->setValue(10);
    m_never->setChecked(true);
    m_kept->setObjectName(QStringLiteral("keptRule"));
    m_kept->setWordWrap(true);
    m_kept->hide();

    auto* every = new QHBoxLayout;
    auto* everyLabel = new QLabel(tr("&Every"), m_editor);
    everyLabel->setBuddy(m_interval);
    every->addWidget(everyLabel);
    every->addWidget(m_interval);
    every->addWidget(m_frequency);
    every->addStretch();

    auto* days = new QHBoxLayout;
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto* box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_editor);
        box->setObjectName(QStringLiteral("weekday%1").arg(day));
        m_weekdays.append(box);
        days->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            m_weekdaysChosen = true;
            Q_EMIT changed();
        });
    }
    days->addStretch();

    auto* ends = new QHBoxLayout;
    ends->addWidget(new QLabel(tr("Ends:"), m_editor));
    ends->addWidget(m_never);
    ends->addWidget(m_onDate);
    ends->addWidget(m_until);
    ends->addWidget(m_afterCount);
    ends->addWidget(m_count);
    ends->addStretch();
    auto* endGroup = new QButtonGroup(this);
    for (QRadioButton* button : { m_never, m_onDate, m_afterCount })
        endGroup->addButton(button);

    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(every);
    editorLayout->addLayout(days);
    editorLayout->addLayout(ends);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    layout->addWidget(m_kept);

    connect(m_interval, &QSpinBox::valueChanged, this, &RecurrenceEditor::updateState);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::updateState);
    connect(endGroup, &QButtonGroup::buttonToggled, this, &RecurrenceEditor::updateState);
    connect(m_count, &QSpinBox::valueChanged, this, &RecurrenceEditor::updateState);
    connect(m_until, &DateField::dateChanged, this, [this] {
        m_untilChosen = true;
        Q_EMIT changed();
    });
    m_frequency->setCurrentIndex(int(RecurrenceRule::Frequency::Weekly));
    updateState();
}

void RecurrenceEditor::updateState()
{
    const int interval = m_interval->value();
    m_frequency->setItemText(int(RecurrenceRule::Frequency::Daily), tr("days", nullptr, interval));
    m_frequency->setItemText(int(RecurrenceRule::Frequency::Weekly), tr("weeks", nullptr, interval));
    m_frequency->setItemText(int(RecurrenceRule::Frequency::Monthly), tr("months", nullptr, interval));
    m_frequency->setItemText(int(RecurrenceRule::Frequency::Yearly), tr("years", nullptr, interval));
    m_count->setSuffix(tr(" times", nullptr, m_count->value()));
    const bool weekly = m_frequency->currentIndex() == int(RecurrenceRule::Frequency::Weekly);
    for (QCheckBox* box : std::as_const(m_weekdays))
        box->setVisible(weekly);
    m_until->setEnabled(m_onDate->isChecked());
    m_count->setEnabled(m_afterCount->isChecked());
    Q_EMIT changed();
}

void RecurrenceEditor::setRule(const QString& rule, const QTimeZone& zone)
{
    const std::optional<RecurrenceRule> parsed
        = rule.isEmpty() ? RecurrenceRule() : RecurrenceRule::parse(rule, zone);
    m_keptRule = parsed ? QString() : rule;
    m_editor->setVisible(parsed.has_value());
    m_kept->setVisible(!parsed);
    // Named only when shown: every new form renamed the hidden label "…: . …", an empty rule.
    m_kept->setText(parsed
                        ? QString()
                        : tr("This series repeats by a rule from another calendar, which is kept as it is: "
                             "%1. Choose another repetition to replace it.")
                              .arg(rule));
    if (!parsed)
        return;
    // A stored rule's end and weekdays are chosen; a new series' follow its first day.
    const QSignalBlocker untilBlocker(m_until);
    m_untilChosen = m_weekdaysChosen = !rule.isEmpty();
    m_interval->setValue(parsed->interval);
    m_frequency->setCurrentIndex(int(parsed->frequency));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const QSignalBlocker blocker(m_weekdays.at(day - 1));
        m_weekdays.at(day - 1)->setChecked(parsed->weekdays.contains(Qt::DayOfWeek(day)));
    }
    m_never->setChecked(parsed->end == RecurrenceRule::End::Never);
    m_onDate->setChecked(parsed->end == RecurrenceRule::End::OnDate);
    m_afterCount->setChecked(parsed->end == RecurrenceRule::End::AfterCount);
    if (parsed->end == RecurrenceRule::End::OnDate)
        m_until->setDate(parsed->until);
    if (parsed->end == RecurrenceRule::End::AfterCount)
        m_count->setValue(parsed->count);
    updateState();
}

void RecurrenceEditor::setFirstDate(const QDate& first)
{
    if (!first.isValid())
        return;
    if (!m_untilChosen) {
        const QSignalBlocker blocker(m_until);
        m_until->setDate(first.addMonths(3));
    }
    if (!m_weekdaysChosen) {
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            const QSignalBlocker blocker(m_weekdays.at(day - 1));
            m_weekdays.at(day - 1)->setChecked(day == first.dayOfWeek());
        }
    }
    Q_EMIT changed();
}

QString RecurrenceEditor::rule(const QTimeZone& zone, bool allDay) const
{
    if (!m_keptRule.isEmpty())
        return m_keptRule;
    RecurrenceRule rule;
    rule.frequency = RecurrenceRule::Frequency(m_frequency->currentIndex());
    rule.interval = m_interval->value();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (rule.frequency == RecurrenceRule::Frequency::Weekly && m_weekdays.at(day - 1)->isChecked())
            rule.weekdays.append(Qt::DayOfWeek(day));
    }
    if (m_onDate->isChecked()) {
        if (!m_until->date().isValid())
            return {};
        rule.end = RecurrenceRule::End::OnDate;
        rule.until = m_until->date();
    } else if (m_afterCount->isChecked()) {
        rule.end = RecurrenceRule::End::AfterCount;
        rule.count = m_count->value();
    }
    return rule.toString(zone, allDay);
}
