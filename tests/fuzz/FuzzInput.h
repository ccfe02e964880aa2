#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

// What every fuzz target needs: a QCoreApplication (translations, time zones, event loop objects)
// created once per process, and the fuzzer's bytes as a QByteArray without a copy.
namespace FuzzInput {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "vieraugen-fuzz";
    static char* argv[] = { name, nullptr };
    static QCoreApplication application(argc, argv);
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace FuzzInput
