#pragma once

#include <QObject>

// Tells when the operating system's session is locked (screen locker, screensaver with lock), so
// that clients' data can be hidden at once. Each platform has its own source behind this interface;
// where none is known, locking is simply never reported.
class ScreenLockMonitor : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The monitor for the platform Vieraugen runs on.
    static ScreenLockMonitor* createForPlatform(QObject* parent);

Q_SIGNALS:
    void locked();
    void unlocked();
};
