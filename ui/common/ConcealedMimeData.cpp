#include "ui/common/ConcealedMimeData.h"

#include <QtGlobal>

ConcealedMimeData::ConcealedMimeData(const QString& text)
{
    setText(text);
    setData(QLatin1String(passwordManagerHint), QByteArrayLiteral("secret"));
#if defined(Q_OS_WIN)
    // Windows' clipboard history, its cloud clipboard and clipboard monitors each have a format of
    // their own; Qt registers a custom format named this way. "Can include" and "can upload" are a
    // DWORD 0, the exclusion's content does not matter.
    const QByteArray no(4, '\0');
    setData(QStringLiteral(
                "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
            no);
    setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""), no);
    setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), no);
#endif
    // macOS managers look for the pasteboard type org.nspasteboard.ConcealedType, which Qt 6.4
    // cannot offer without a converter of its own: there, taking the text off is all.
}
