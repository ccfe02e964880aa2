#pragma once

#include <QByteArray>
#include <QString>

// The password that locks an appointment's Jitsi room. It is derived from the install key and the
// appointment's UID, so it is never stored, stays the same when the session moves to another
// server or room, and the calendar file alone reveals nothing.
//
// Twelve characters from 31 symbols (59 bits) that cannot be confused when read aloud or typed:
// lowercase letters and digits without 0/o, 1/l/i.
class RoomPassword
{
public:
    static constexpr int length = 12;
    static constexpr int groupLength = 4;
    static constexpr const char* alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    static QString derive(const QByteArray& installKey, const QString& appointmentUid);

    // "abcd efgh jkmn": easier to read out and to copy by hand. The password has no spaces.
    static QString grouped(const QString& password);

    static bool isWellFormed(const QString& password);
    static double bitsOfEntropy();
};
