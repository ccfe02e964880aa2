#include "core/meeting/RoomPassword.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringList>

#include <cmath>
#include <cstring>

namespace {
int alphabetSize()
{
    return int(std::strlen(RoomPassword::alphabet));
}
} // namespace

QString RoomPassword::derive(const QByteArray& installKey, const QString& appointmentUid)
{
    const int symbols = alphabetSize();
    // Bytes at or above the largest multiple of the alphabet size are skipped, so that every
    // symbol is equally likely; further HMAC blocks (counter) supply bytes when needed.
    const int acceptBelow = 256 - 256 % symbols;
    QString password;
    password.reserve(length);
    for (quint32 block = 0; password.size() < length; ++block) {
        QMessageAuthenticationCode mac(QCryptographicHash::Sha256, installKey);
        mac.addData("vieraugen-room-password\n");
        mac.addData(appointmentUid.toUtf8());
        mac.addData(QByteArray::number(block));
        const QByteArray bytes = mac.result();
        for (char byte : bytes) {
            const int value = static_cast<unsigned char>(byte);
            if (value >= acceptBelow)
                continue;
            password.append(QLatin1Char(alphabet[value % symbols]));
            if (password.size() == length)
                break;
        }
    }
    return password;
}

QString RoomPassword::grouped(const QString& password)
{
    QStringList groups;
    for (qsizetype at = 0; at < password.size(); at += groupLength)
        groups.append(password.mid(at, groupLength));
    return groups.join(QLatin1Char(' '));
}

bool RoomPassword::isWellFormed(const QString& password)
{
    if (password.size() != length)
        return false;
    const QLatin1String symbols(alphabet);
    return std::all_of(password.cbegin(), password.cend(),
                       [&symbols](QChar c) { return symbols.contains(c); });
}

double RoomPassword::bitsOfEntropy()
{
    return length * std::log2(double(alphabetSize()));
}
