#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// Puts a secret (a room password message) on the clipboard as password managers do: marked for
// clipboard managers to leave out of their history, and taken off again after a while, or when the
// app quits, unless something else has been copied since.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds defaultLifetime { 45 };

    explicit SecretClipboard(std::chrono::milliseconds lifetime = defaultLifetime, QObject* parent = nullptr);

    // The app's own, which outlives the dialog that copied.
    static SecretClipboard& instance();

    void copy(const QString& text);
    std::chrono::milliseconds lifetime() const;

private:
    void takeOff();

    QTimer m_timer;
    QString m_text;
};
