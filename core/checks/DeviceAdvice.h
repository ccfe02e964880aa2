#pragma once

#include <QCoreApplication>
#include <QString>

// What to do when the camera or microphone cannot be opened, in the pre-session check and in a
// session alike.
class DeviceAdvice
{
    Q_DECLARE_TR_FUNCTIONS(DeviceAdvice)

public:
    enum class Device
    {
        Camera,
        Microphone
    };

    // error is a browser DOMException name (NotAllowedError, NotReadableError, NotFoundError…),
    // a Jitsi error type (camera.permissionDenied, mic.notFound…) or a lib-jitsi-meet one
    // (gum.permission_denied…); unknown ones get the general advice.
    static QString forError(Device device, const QString& error);
};
