#pragma once

#include <QString>

#include <functional>

// Names for Jitsi rooms that nobody can guess: 26 characters from a-z and 2-7 (130 bits from the
// system's CSPRNG). Lowercase ASCII only, because Jitsi lowercases room names and umlauts have
// split participants into different rooms.
class RoomFactory
{
public:
    static constexpr int nameLength = 26;
    static constexpr int bitsOfEntropy = nameLength * 5;

    // The source of randomness can be replaced in tests; it must fill the buffer with random bytes.
    using RandomSource = std::function<void(quint32* begin, quint32* end)>;

    RoomFactory();
    explicit RoomFactory(RandomSource random);

    QString newRoomName() const;

    static bool isWellFormed(const QString& roomName);

private:
    RandomSource m_random;
};
