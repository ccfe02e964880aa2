#include "core/secrets/SecretStore.h"

#include "core/base/Logging.h"
#include "core/settings/Settings.h"

#include <QRandomGenerator>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

const QString probeOwner = QStringLiteral("install");
const QString probeName = QStringLiteral("keychain-probe");

} // namespace

SecretStore::SecretStore(Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{ }

// Jobs still running in QtKeychain finish on their own; their results are ignored by id.
SecretStore::~SecretStore() = default;

QString SecretStore::serviceName()
{
    return QStringLiteral("Vieraugen");
}

QString SecretStore::keyFor(const QString& ownerId, const QString& name, const QString& folderNamespace)
{
    const QString scope = folderNamespace.isEmpty() ? QString() : folderNamespace + QLatin1Char(':');
    return serviceName() + QLatin1Char(':') + scope + ownerId + QLatin1Char(':') + name;
}

QString SecretStore::entryKey(const QString& ownerId, const QString& name) const
{
    return keyFor(ownerId, name, m_settings.secretNamespace());
}

QString SecretStore::chunkKey(const QString& baseKey, int index)
{
    return index == 0 ? baseKey : baseKey + QLatin1Char('.') + QString::number(index);
}

QString SecretStore::enableInstructions()
{
#if defined(Q_OS_MACOS)
    return tr("Open Keychain Access, make sure your login keychain exists and is unlocked, then try again.");
#elif defined(Q_OS_WIN)
    return tr("Make sure the Windows Credential Manager service is running, then try again.");
#else
    return tr(
        "Install a Secret Service provider such as GNOME Keyring or KeePassXC (with Secret Service "
        "integration), make sure it runs and its default collection is unlocked, then restart Vieraugen.");
#endif
}

QStringList SecretStore::splitIntoChunks(const QString& secret, int chunkSize)
{
    // The limit is on the stored bytes (UTF-8), and a piece never splits a character.
    if (chunkSize <= 0 || secret.toUtf8().size() <= chunkSize)
        return { secret };
    QStringList chunks;
    QString current;
    qsizetype currentBytes = 0;
    for (qsizetype index = 0; index < secret.size();) {
        const qsizetype units = secret.at(index).isHighSurrogate() && index + 1 < secret.size() ? 2 : 1;
        const QStringView character = QStringView(secret).mid(index, units);
        const qsizetype bytes = character.toUtf8().size();
        if (currentBytes + bytes > chunkSize) {
            chunks.append(current);
            current.clear();
            currentBytes = 0;
        }
        current += character;
        currentBytes += bytes;
        index += units;
    }
    chunks.append(current);
    return chunks;
}

bool SecretStore::contains(const QString& ownerId, const QString& name) const
{
    return m_settings.secretChunkCount(ownerId, name) > 0;
}

QStringList SecretStore::storedNames(const QString& ownerId) const
{
    return m_settings.secretNames(ownerId);
}

SecretReply* SecretStore::read(const QString& ownerId, const QString& name)
{
    Operation operation;
    operation.returnsValue = true;
    operation.prepare = [this, ownerId, name](Operation& self) {
        const int chunks = m_settings.secretChunkCount(ownerId, name);
        if (chunks <= 0) { // The index says it was never stored: don't ask (and maybe prompt) the keychain.
            self.refusal = SecretReply::Status::NotFound;
            self.refusalReason = tr("No secret \"%1\" is stored for %2.").arg(name, ownerId);
            return;
        }
        const QString base = entryKey(ownerId, name);
        for (int index = 0; index < chunks; ++index)
            self.steps.append({ Step::Read, chunkKey(base, index), {} });
    };
    return enqueue(std::move(operation));
}

SecretReply* SecretStore::write(const QString& ownerId, const QString& name, const QString& secret)
{
    const QStringList pieces = splitIntoChunks(secret, m_chunkSize);
    if (pieces.size() > maxChunks)
        return failLater(SecretReply::Status::Failed,
                         tr("The secret \"%1\" is too long for this system's keychain.").arg(name));
    Operation operation;
    operation.prepare = [this, ownerId, name, pieces](Operation& self) {
        const QString base = entryKey(ownerId, name);
        for (int index = 0; index < pieces.size(); ++index)
            self.steps.append({ Step::Write, chunkKey(base, index), pieces.at(index) });
        const int previousChunks = m_settings.secretChunkCount(ownerId, name);
        for (int index = int(pieces.size()); index < previousChunks; ++index)
            self.steps.append({ Step::Delete, chunkKey(base, index), {}, true });
        const int chunkCount = int(pieces.size());
        self.onSuccess
            = [this, ownerId, name, chunkCount] { m_settings.recordSecret(ownerId, name, chunkCount); };
    };
    return enqueue(std::move(operation));
}

QList<SecretStore::Step> SecretStore::removalSteps(const QString& ownerId, const QString& name) const
{
    QList<Step> steps;
    const QString base = entryKey(ownerId, name);
    const int chunks = qMax(1, m_settings.secretChunkCount(ownerId, name));
    for (int index = 0; index < chunks; ++index)
        steps.append({ Step::Delete, chunkKey(base, index), {}, true });
    return steps;
}

SecretReply* SecretStore::remove(const QString& ownerId, const QString& name)
{
    return removeNames(ownerId, [name] { return QStringList { name }; });
}

SecretReply* SecretStore::removeOwner(const QString& ownerId)
{
    return removeNames(ownerId, [this, ownerId] { return storedNames(ownerId); });
}

SecretReply* SecretStore::removeNames(const QString& ownerId, const std::function<QStringList()>& names)
{
    Operation operation;
    operation.prepare = [this, ownerId, names](Operation& self) {
        const QStringList doomed = names();
        for (const QString& name : doomed)
            self.steps += removalSteps(ownerId, name);
        self.onSuccess = [this, ownerId, doomed] {
            for (const QString& name : doomed)
                m_settings.forgetSecret(ownerId, name);
        };
    };
    return enqueue(std::move(operation));
}

SecretReply* SecretStore::probe()
{
    Operation operation;
    operation.expectedReadBack = QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString key = entryKey(probeOwner, probeName);
    operation.steps = {
        { Step::Write, key, operation.expectedReadBack },
        { Step::Read, key, {} },
        { Step::Delete, key, {} },
    };
    return enqueue(std::move(operation));
}

SecretReply* SecretStore::failLater(SecretReply::Status status, const QString& errorString)
{
    auto* reply = new SecretReply(this);
    // Deferred so the caller can connect to finished() first.
    QTimer::singleShot(0, reply, [reply, status, errorString] { reply->finish(status, errorString); });
    return reply;
}

SecretReply* SecretStore::enqueue(Operation operation)
{
    operation.id = m_nextId++;
    operation.reply = new SecretReply(this);
    SecretReply* reply = operation.reply;
    m_queue.append(std::move(operation));
    QTimer::singleShot(0, this, &SecretStore::startNext);
    return reply;
}

void SecretStore::startNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_running = true;
    Operation& current = m_queue.first();
    // Counted from here, not from the request: waiting behind other requests (or behind a dialog
    // the counselor is reading) is not the keychain failing to answer.
    const quint64 id = current.id;
    QTimer::singleShot(m_timeoutMs, Qt::PreciseTimer, this, [this, id] { expire(id); });
    if (current.prepare)
        current.prepare(current);
    if (current.refusal != SecretReply::Status::Pending) {
        finishCurrent(current.refusal, current.refusalReason);
        return;
    }
    runStep();
}

void SecretStore::runStep()
{
    Operation& current = m_queue.first();
    if (current.steps.isEmpty()) {
        const QString value = current.readPieces.join(QString());
        if (!current.expectedReadBack.isEmpty() && value != current.expectedReadBack) {
            finishCurrent(SecretReply::Status::Failed,
                          tr("The system keychain returned something other than what was stored in it."));
            return;
        }
        if (current.onSuccess)
            current.onSuccess();
        finishCurrent(SecretReply::Status::Ok, QString(), current.returnsValue ? value : QString());
        return;
    }

    const Step& step = current.steps.first();
    QKeychain::Job* job = nullptr;
    switch (step.kind) {
    case Step::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Step::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(serviceName());
        writeJob->setTextData(step.data);
        job = writeJob;
        break;
    }
    case Step::Delete:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // Never: some backends would then write the secret in plain text into a settings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(step.key);
    const quint64 id = current.id;
    const bool isRead = step.kind == Step::Read;
    connect(job, &QKeychain::Job::finished, this, [this, id, isRead](QKeychain::Job* finishedJob) {
        const QString data
            = isRead ? static_cast<QKeychain::ReadPasswordJob*>(finishedJob)->textData() : QString();
        // QtKeychain starts its next job only after this slot returns. Answering from the event loop
        // instead keeps a caller that opens a dialog in its answer from holding up every later job.
        QMetaObject::invokeMethod(
            this,
            [this, id, error = int(finishedJob->error()), message = finishedJob->errorString(), data] {
                stepFinished(id, error, message, data);
            },
            Qt::QueuedConnection);
    });
    job->start();
}

void SecretStore::stepFinished(quint64 operationId, int keychainError, const QString& backendMessage,
                               const QString& data)
{
    if (!m_running || m_queue.isEmpty() || m_queue.first().id != operationId)
        return; // The operation already timed out.

    Operation& current = m_queue.first();
    const Step step = current.steps.takeFirst();
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        setAvailability(Availability::Available, QString());
        if (step.kind == Step::Read)
            current.readPieces.append(data);
        runStep();
        return;
    case QKeychain::EntryNotFound:
        setAvailability(Availability::Available, QString());
        if (step.missingIsFine) {
            runStep();
            return;
        }
        finishCurrent(
            SecretReply::Status::NotFound,
            tr("The system keychain has no entry %1. Enter the secret again in Settings.").arg(step.key));
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        finishCurrent(
            SecretReply::Status::AccessDenied,
            tr("Access to the system keychain was refused. Allow Vieraugen to use it and try again."));
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError: {
        // QtKeychain 0.13 on Linux reports a missing or locked Secret Service as OtherError.
        const QString reason
            = tr("No secure storage is available (%1). Vieraugen keeps passwords only in the "
                 "system keychain and never in a file. %2")
                  .arg(backendMessage, enableInstructions());
        setAvailability(Availability::Unavailable, reason);
        finishCurrent(SecretReply::Status::NoSecureStorage, reason);
        return;
    }
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    finishCurrent(SecretReply::Status::Failed,
                  tr("The system keychain reported an error: %1").arg(backendMessage));
}

void SecretStore::finishCurrent(SecretReply::Status status, const QString& errorString, const QString& value)
{
    Operation operation = m_queue.takeFirst();
    m_running = false;
    // An entry not there yet is an answer, not a failure (the caller says what it means).
    if (status == SecretReply::Status::NotFound)
        qCDebug(lcSecrets) << "keychain entry not found";
    else if (status != SecretReply::Status::Ok)
        qCWarning(lcSecrets) << "keychain request failed:" << status;
    // Scheduled before answering: the answer may open a dialog, and the queue keeps moving meanwhile.
    QTimer::singleShot(0, this, &SecretStore::startNext);
    operation.reply->finish(status, errorString, value);
}

void SecretStore::expire(quint64 operationId)
{
    if (!m_running || m_queue.isEmpty() || m_queue.first().id != operationId)
        return; // It answered in time.
    const QString reason = tr("The system keychain did not answer within %1 seconds. It may be locked or "
                              "waiting for a password prompt: unlock it and try again. %2")
                               .arg(m_timeoutMs / 1000.0)
                               .arg(enableInstructions());
    setAvailability(Availability::Unavailable, reason);
    finishCurrent(SecretReply::Status::TimedOut, reason);
}

void SecretStore::setAvailability(Availability availability, const QString& reason)
{
    m_unavailableReason = reason;
    if (m_availability == availability)
        return;
    m_availability = availability;
    qCInfo(lcSecrets) << "secure storage" << availability;
    Q_EMIT availabilityChanged(availability);
}
