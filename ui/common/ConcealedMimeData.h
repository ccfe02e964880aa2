#pragma once

#include <QMimeData>

// Text for the clipboard that clipboard managers are asked to keep out of their history, in each
// platform's own words (Qt has no portable one). A request only: a manager may ignore it, so
// SecretClipboard also takes the text off again.
class ConcealedMimeData : public QMimeData
{
    Q_OBJECT

public:
    explicit ConcealedMimeData(const QString& text);

    // Klipper's word for it, which GNOME's and wlroots' clipboard tools and password managers share.
    static constexpr const char* passwordManagerHint = "x-kde-passwordManagerHint";
};
