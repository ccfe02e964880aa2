#include "core/calendar/VTimeZoneMatcher.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace {

int firstComparedYear(int firstYear)
{
    return qMin(firstYear, VTimeZoneMatcher::latestYear - VTimeZoneMatcher::maximumYears + 1);
}

} // namespace

VTimeZoneMatcher::VTimeZoneMatcher(OffsetAt offsetAt, int firstYear, int lastYear)
    : m_offsetAt(std::move(offsetAt))
    , m_from(QDate(firstComparedYear(firstYear), 1, 1), QTime(0, 0), Qt::UTC)
    , m_to(QDate(std::min({ lastYear, firstComparedYear(firstYear) + maximumYears - 1, latestYear }) + 1, 1,
                 1),
           QTime(0, 0), Qt::UTC)
    , m_initialOffset(m_offsetAt(m_from))
    , m_transitions(fileTransitions())
{ }

QList<VTimeZoneMatcher::Transition> VTimeZoneMatcher::fileTransitions() const
{
    QList<Transition> result;
    int previous = m_initialOffset;
    constexpr qint64 day = 24 * 3600;
    for (qint64 at = m_from.toSecsSinceEpoch(); at < m_to.toSecsSinceEpoch(); at += day) {
        const int next = m_offsetAt(QDateTime::fromSecsSinceEpoch(at + day, Qt::UTC));
        if (next == previous)
            continue;
        // The offset changes within (at, at + day]: find the first second of the new one.
        qint64 low = at;
        qint64 high = at + day;
        while (high - low > 1) {
            const qint64 middle = low + (high - low) / 2;
            if (m_offsetAt(QDateTime::fromSecsSinceEpoch(middle, Qt::UTC)) == previous)
                low = middle;
            else
                high = middle;
        }
        result.append({ high, next });
        previous = next;
    }
    return result;
}

bool VTimeZoneMatcher::matches(const QTimeZone& zone) const
{
    // Compared by the zone's offsets, day by day and at each of the file's changes, not by
    // QTimeZone::transitions() or nextTransition(): in Qt 6.4 both end with the last change the
    // zone database spells out (2037), and a series from 2030 on is compared up to 2040, where
    // only the zone's rule goes on.
    if (!zone.isValid())
        return false;
    constexpr qint64 day = 24 * 3600;
    int expected = m_initialOffset;
    qsizetype next = 0; // the first of the file's changes still ahead
    for (qint64 at = m_from.toSecsSinceEpoch(); at <= m_to.toSecsSinceEpoch(); at += day) {
        for (; next < m_transitions.size() && m_transitions.at(next).atSecs <= at; ++next) {
            const Transition& change = m_transitions.at(next);
            if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(change.atSecs - 1, Qt::UTC)) != expected
                || zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(change.atSecs, Qt::UTC)) != change.offset)
                return false;
            expected = change.offset;
        }
        if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, Qt::UTC)) != expected)
            return false;
    }
    return true;
}

QList<QByteArray> VTimeZoneMatcher::namedZones(const QString& tzid)
{
    // Cities by the last part of their IANA name: "Buenos Aires" → America/Argentina/Buenos_Aires.
    static const QHash<QString, QByteArray> cities = [] {
        QHash<QString, QByteArray> result;
        for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
            const qsizetype slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/"))
                result.insert(QString::fromUtf8(id.mid(slash + 1)).toLower(), id);
        }
        return result;
    }();
    QList<QByteArray> result;
    static const QRegularExpression word(QStringLiteral("[^\\W\\d_][\\w .'-]*"));
    for (QRegularExpressionMatchIterator it = word.globalMatch(tzid); it.hasNext();) {
        const QString city
            = it.next().captured().trimmed().replace(QLatin1Char(' '), QLatin1Char('_')).toLower();
        if (const auto found = cities.constFind(city); found != cities.cend() && !result.contains(*found))
            result.append(*found);
    }
    return result;
}

QTimeZone VTimeZoneMatcher::match(const QString& tzid, const QStringList& hintedIds,
                                  const QTimeZone& localZone) const
{
    QList<QByteArray> candidates;
    for (const QString& hint : hintedIds)
        candidates.append(hint.toUtf8());
    const QList<QByteArray> named = namedZones(tzid);
    // Of the cities named, the user's own first: "Amsterdam, Berlin, …" is Berlin in Berlin.
    if (named.contains(localZone.id()))
        candidates.append(localZone.id());
    candidates.append(named);
    candidates.append(localZone.id());
    for (const QByteArray& id : std::as_const(candidates)) {
        if (QTimeZone::isTimeZoneIdAvailable(id) && matches(QTimeZone(id)))
            return QTimeZone(id);
    }
    // A zone without changes is just its offset, better than a city picked at random.
    if (m_transitions.isEmpty()) {
        const int minutes = std::abs(m_initialOffset) / 60;
        const QByteArray id = QStringLiteral("UTC%1%2:%3")
                                  .arg(m_initialOffset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                  .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                  .arg(minutes % 60, 2, 10, QLatin1Char('0'))
                                  .toLatin1();
        if (QTimeZone::isTimeZoneIdAvailable(id))
            return QTimeZone(id);
    }
    // Each Windows zone stands for one set of rules; its default IANA zone is the best-known
    // city that keeps them ("AUS Eastern Standard Time" → Australia/Sydney).
    QMap<QByteArray, QByteArray> representativeOf; // by Windows id, for a stable order
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        const QByteArray windowsId = QTimeZone::ianaIdToWindowsId(id);
        if (!windowsId.isEmpty())
            representativeOf.insert(windowsId, QTimeZone::windowsIdToDefaultIanaId(windowsId));
    }
    const QList<QByteArray> representatives = representativeOf.values();
    for (const QList<QByteArray>& ids : { representatives, QTimeZone::availableTimeZoneIds() }) {
        for (const QByteArray& id : ids) {
            if (id.contains('/') && !id.startsWith("Etc/") && matches(QTimeZone(id)))
                return QTimeZone(id);
        }
    }
    return QTimeZone();
}
