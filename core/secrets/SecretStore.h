#pragma once

#include "core/secrets/SecretReply.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class Settings;

// Moderator credentials, SMTP and SMS passwords and the install key, kept only in the operating
// system's keychain (QtKeychain: Secret Service, macOS Keychain, Windows Credential Manager).
//
// - Keys are "Vieraugen:<owner-id>:<name>", with the data folder's namespace before the owner for
//   any but the usual folder; the settings index records which exist, never values.
// - Requests run one after another (QtKeychain serializes all jobs of a process anyway), each
//   answers through its SecretReply exactly once, from the event loop, and none runs longer than
//   the timeout once the keychain has it: time spent waiting in the queue does not count.
// - There is no fallback: when the keychain cannot be used, requests fail with an explanation
//   and nothing is written anywhere else.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability
    {
        Unknown,
        Available,
        Unavailable
    };
    Q_ENUM(Availability)

    static constexpr int defaultTimeoutMs = 5000;
    // Windows Credential Manager holds at most 2560 bytes per entry (CRED_MAX_CREDENTIAL_BLOB_SIZE),
    // so longer secrets are split into pieces of at most 2048 UTF-8 bytes, stored under "<key>",
    // "<key>.1", … (at most 10); the settings index records how many.
#ifdef Q_OS_WIN
    static constexpr int platformChunkSize = 2048;
#else
    static constexpr int platformChunkSize = 0;
#endif
    static constexpr int maxChunks = 10;

    explicit SecretStore(Settings& settings, QObject* parent = nullptr);
    ~SecretStore() override;

    static QString serviceName();
    // "Vieraugen:[<folder namespace>:]<owner-id>:<name>"; entryKey uses this data folder's namespace.
    static QString keyFor(const QString& ownerId, const QString& name, const QString& folderNamespace = {});
    QString entryKey(const QString& ownerId, const QString& name) const;

    void setTimeout(int milliseconds)
    {
        m_timeoutMs = milliseconds;
    }
    // Bytes per piece; 0 stores every secret in one entry. Tests set a small size to exercise
    // the Windows path against a real keychain.
    void setChunkSize(int bytes)
    {
        m_chunkSize = bytes;
    }
    int chunkSize() const
    {
        return m_chunkSize;
    }

    SecretReply* read(const QString& ownerId, const QString& name);
    SecretReply* write(const QString& ownerId, const QString& name, const QString& secret);
    SecretReply* remove(const QString& ownerId, const QString& name);
    // Removes every secret the index lists for the owner, e.g. when a server profile is deleted.
    SecretReply* removeOwner(const QString& ownerId);
    // Writes, reads back and removes a throwaway entry to find out whether the keychain works.
    SecretReply* probe();

    bool contains(const QString& ownerId, const QString& name) const;
    QStringList storedNames(const QString& ownerId) const;

    Availability availability() const
    {
        return m_availability;
    }
    // Why secure storage is unavailable and how to enable it on this platform.
    QString unavailableReason() const
    {
        return m_unavailableReason;
    }
    static QString enableInstructions();

    // Splits a secret into the pieces stored on platforms with a size limit, and back.
    static QStringList splitIntoChunks(const QString& secret, int chunkSize);

Q_SIGNALS:
    void availabilityChanged(SecretStore::Availability availability);

private:
    struct Step
    {
        enum Kind
        {
            Read,
            Write,
            Delete
        } kind;
        QString key;
        QString data;
        bool missingIsFine = false;
    };
    struct Operation
    {
        quint64 id = 0;
        SecretReply* reply = nullptr;
        // Plans the steps when the operation's turn comes, so it sees what earlier requests did.
        std::function<void(Operation&)> prepare;
        SecretReply::Status refusal = SecretReply::Status::Pending;
        QString refusalReason;
        QList<Step> steps;
        QStringList readPieces;
        // For probes: what the read-back must return.
        QString expectedReadBack;
        bool returnsValue = false;
        std::function<void()> onSuccess;
    };

    SecretReply* enqueue(Operation operation);
    SecretReply* failLater(SecretReply::Status status, const QString& errorString);
    void startNext();
    void runStep();
    void stepFinished(quint64 operationId, int keychainError, const QString& backendMessage,
                      const QString& data);
    void finishCurrent(SecretReply::Status status, const QString& errorString, const QString& value = {});
    void expire(quint64 operationId);
    void setAvailability(Availability availability, const QString& reason);
    QList<Step> removalSteps(const QString& ownerId, const QString& name) const;
    SecretReply* removeNames(const QString& ownerId, const std::function<QStringList()>& names);
    static QString chunkKey(const QString& baseKey, int index);

    Settings& m_settings;
    int m_timeoutMs = defaultTimeoutMs;
    int m_chunkSize = platformChunkSize;
    QList<Operation> m_queue;
    bool m_running = false;
    quint64 m_nextId = 1;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
};
