#include "core/meeting/RoomFactory.h"

#include <QRandomGenerator>

#include <array>

namespace {
constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
} // namespace

RoomFactory::RoomFactory()
    : m_random([](quint32* begin, quint32* end) { QRandomGenerator::system()->generate(begin, end); })
{ }

RoomFactory::RoomFactory(RandomSource random)
    : m_random(std::move(random))
{ }

QString RoomFactory::newRoomName() const
{
    std::array<quint32, nameLength> random {};
    m_random(random.data(), random.data() + random.size());
    QString name;
    name.reserve(nameLength);
    // 32 symbols: the low five bits of each word pick one without bias.
    for (quint32 word : random)
        name.append(QLatin1Char(alphabet[word & 31u]));
    return name;
}

bool RoomFactory::isWellFormed(const QString& roomName)
{
    if (roomName.size() != nameLength)
        return false;
    return std::all_of(roomName.cbegin(), roomName.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('2') && c <= QLatin1Char('7'));
    });
}
