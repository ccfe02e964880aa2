#include "core/base/DateTimeInput.h"

#include <QRegularExpression>

namespace {

enum class Part
{
    Day,
    Month,
    Year
};

// The order of day, month and year in the locale's short date format.
QList<Part> partOrder(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    QList<std::pair<qsizetype, Part>> positions = { { format.indexOf(QLatin1Char('d')), Part::Day },
                                                    { format.indexOf(QLatin1Char('M')), Part::Month },
                                                    { format.indexOf(QLatin1Char('y')), Part::Year } };
    std::sort(positions.begin(), positions.end());
    QList<Part> order;
    for (const auto& [position, part] : std::as_const(positions)) {
        if (position >= 0)
            order.append(part);
    }
    return order.size() == 3 ? order : QList<Part> { Part::Day, Part::Month, Part::Year };
}

// "011226" typed without separators: two digits per part, four for a year at the end.
QStringList splitDigits(const QString& digits, const QList<Part>& order)
{
    if (digits.size() != 6 && digits.size() != 8)
        return {};
    const int yearLength = digits.size() == 8 ? 4 : 2;
    QStringList parts;
    qsizetype position = 0;
    for (Part part : order) {
        const int length = part == Part::Year ? yearLength : 2;
        parts.append(digits.mid(position, length));
        position += length;
    }
    return parts;
}

// Day, month and (if typed) year as the text gives them, whether or not such a day exists.
struct TypedDate
{
    int day = 0;
    int month = 0;
    std::optional<int> year;
};

std::optional<TypedDate> readParts(const QString& trimmed, const QLocale& locale, const QDate& today)
{
    static const QRegularExpression separators(QStringLiteral("[^0-9]+"));
    static const QRegularExpression notNumeric(QStringLiteral("[^0-9./\\-\\s]"));
    if (trimmed.isEmpty() || trimmed.contains(notNumeric))
        return std::nullopt;
    const QList<Part> order = partOrder(locale);
    QStringList parts = trimmed.split(separators, Qt::SkipEmptyParts);
    if (parts.size() == 1)
        parts = splitDigits(parts.first(), order);

    TypedDate typed;
    if (parts.size() == 3 && parts.first().size() == 4) { // ISO: 2026-12-01
        typed.year = parts.at(0).toInt();
        typed.month = parts.at(1).toInt();
        typed.day = parts.at(2).toInt();
    } else if (parts.size() == 3 || parts.size() == 2) {
        QList<Part> present = order;
        if (parts.size() == 2)
            present.removeOne(Part::Year);
        for (qsizetype index = 0; index < parts.size(); ++index) {
            const QString& part = parts.at(index);
            switch (present.at(index)) {
            case Part::Day:
                typed.day = part.toInt();
                break;
            case Part::Month:
                typed.month = part.toInt();
                break;
            case Part::Year:
                if (part.size() != 2 && part.size() != 4)
                    return std::nullopt;
                // Two digits mean this century: counselors plan ahead, not into the 1920s.
                typed.year = part.size() == 2 ? today.year() / 100 * 100 + part.toInt() : part.toInt();
                break;
            }
        }
    } else {
        return std::nullopt;
    }
    return typed;
}

} // namespace

bool DateTimeInput::namesDayThatDoesNotExist(const QString& text, const QLocale& locale, const QDate& today)
{
    const std::optional<TypedDate> typed = readParts(text.trimmed(), locale, today);
    // A month of 13 or a day of 32 is a typo, not a date; 31.02. or 29.02.2027 is a day the
    // calendar lacks.
    return typed && typed->month >= 1 && typed->month <= 12 && typed->day >= 1 && typed->day <= 31
        && !parseDate(text, locale, today);
}

std::optional<QDate> DateTimeInput::parseDate(const QString& text, const QLocale& locale, const QDate& today)
{
    const QString trimmed = text.trimmed();
    // What the field showed, e.g. "1 Dec 2026" where the short format names the month.
    if (const QDate shown = locale.toDate(trimmed, dateFormat(locale));
        shown.isValid() && locale.toString(shown, dateFormat(locale)) == trimmed)
        return shown;
    const std::optional<TypedDate> typed = readParts(trimmed, locale, today);
    if (!typed)
        return std::nullopt;
    const auto [day, month, year] = *typed;

    if (year) {
        const QDate date(*year, month, day);
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    // Without a year, the next such day: typed in December, "5.1." is next January.
    for (int candidateYear : { today.year(), today.year() + 1 }) {
        const QDate date(candidateYear, month, day);
        if (date.isValid() && date >= today)
            return date;
    }
    const QDate date(today.year(), month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QTime> DateTimeInput::parseTime(const QString& text)
{
    static const QRegularExpression withSeparator(QStringLiteral("^(\\d{1,2})\\s*[:.h ]\\s*(\\d{2})$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d{1,4}$"));
    const QString trimmed = text.trimmed();
    int hour = -1;
    int minute = 0;
    if (const QRegularExpressionMatch match = withSeparator.match(trimmed); match.hasMatch()) {
        hour = match.captured(1).toInt();
        minute = match.captured(2).toInt();
    } else if (digitsOnly.match(trimmed).hasMatch()) {
        // "9" and "14" are hours; "930" and "1430" hours and minutes.
        if (trimmed.size() <= 2) {
            hour = trimmed.toInt();
        } else {
            hour = trimmed.left(trimmed.size() - 2).toInt();
            minute = trimmed.right(2).toInt();
        }
    }
    const QTime time(hour, minute);
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

QString DateTimeInput::dateFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("y+"));
    format.replace(year, QStringLiteral("yyyy"));
    return format;
}
