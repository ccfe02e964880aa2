#include "core/checks/DeviceAdvice.h"

#include <QHash>

namespace {
enum class Cause
{
    NotAllowed,
    Missing,
    Busy,
    Unknown
};

Cause causeOf(const QString& error)
{
    // "NotAllowedError", "camera.permissionDenied" and "gum.permission_denied" alike.
    QString name = error.section(QLatin1Char('.'), -1).toLower();
    name.remove(QLatin1Char('_'));
    static const QHash<QString, Cause> causes {
        { QStringLiteral("notallowederror"), Cause::NotAllowed },
        { QStringLiteral("securityerror"), Cause::NotAllowed },
        { QStringLiteral("permissiondenied"), Cause::NotAllowed },
        { QStringLiteral("notfounderror"), Cause::Missing },
        { QStringLiteral("overconstrainederror"), Cause::Missing },
        { QStringLiteral("notfound"), Cause::Missing },
        { QStringLiteral("constraintfailed"), Cause::Missing },
        { QStringLiteral("unsupportedresolution"), Cause::Missing },
        { QStringLiteral("notreadableerror"), Cause::Busy },
        { QStringLiteral("aborterror"), Cause::Busy },
        { QStringLiteral("general"), Cause::Busy },
        { QStringLiteral("timeout"), Cause::Busy },
    };
    return causes.value(name, Cause::Unknown);
}
} // namespace

QString DeviceAdvice::forError(Device device, const QString& error)
{
    const bool camera = device == Device::Camera;
    switch (causeOf(error)) {
    case Cause::NotAllowed:
        return camera ? tr("The operating system does not let Vieraugen use the camera. Allow it in the "
                           "privacy settings (Windows: Settings → Privacy → Camera; macOS: System "
                           "Settings → Privacy & Security → Camera), then check again.")
                      : tr("The operating system does not let Vieraugen use the microphone. Allow it in the "
                           "privacy settings (Windows: Settings → Privacy → Microphone; macOS: System "
                           "Settings → Privacy & Security → Microphone), then check again.");
    case Cause::Missing:
        return camera ? tr("No camera was found. Connect one, or choose another camera.")
                      : tr("No microphone was found. Connect a headset, or choose another microphone.");
    case Cause::Busy:
        return camera ? tr("The camera is in use by another program. Close other video programs and "
                           "browser tabs with calls, then check again.")
                      : tr("The microphone is in use by another program. Close other call programs and "
                           "browser tabs with calls, then check again.");
    case Cause::Unknown:
        break;
    }
    return camera ? tr("The camera cannot be used. Close other programs that may be using it, and check that "
                       "the operating system allows Vieraugen to use the camera.")
                  : tr("The microphone cannot be used. Close other programs that may be using it, and check "
                       "that the operating system allows Vieraugen to use the microphone.");
}
