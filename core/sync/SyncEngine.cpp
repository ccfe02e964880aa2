#include "core/sync/SyncEngine.h"

#include "core/base/Logging.h"
#include "core/calendar/AppointmentStore.h"
#include "core/dav/CalDavDiscovery.h"
#include "core/dav/DavClient.h"
#include "core/dav/DavNames.h"
#include "core/secrets/SecretStore.h"
#include "core/sync/CalDavAccount.h"
#include "core/sync/CalendarObject.h"
#include "core/sync/SyncStore.h"

#include <QCryptographicHash>
#include <QNetworkInformation>
#include <QPointer>
#include <QRegularExpression>

#include <algorithm>

struct SyncEngine::Run
{
    QHash<QString, TeamCalendar> calendars; // the team calendars, by id
    // The clients and their replies live until the event loop is back: a run may end inside a
    // reply's finished() signal.
    QObject* owner = nullptr;
    QList<CalDavAccount> accounts;
    QHash<QString, DavClient*> clients; // by account id
    QList<PendingChange> pending;
    QList<TeamCalendar> toPull;
    QHash<QString, CalendarReport> reports; // by calendar id
    QSet<QString> pulled; // calendars whose server changes are all in
    QSet<QString> mergedUids; // merged with the server's version in this run (pushed again once)
    DavError calendarError; // the first calendar that could not be synced, the others went on
};

namespace {

// Whether a server object's address is the same as another: by path, as servers may answer with
// the host or without it.
QString hrefKey(const QUrl& url)
{
    return url.path(QUrl::FullyEncoded);
}

// The file an appointment gets in its calendar: its UID when that is a safe file name (Vieraugen's
// UIDs are), a hash of it otherwise (UIDs of other programs may hold '/' or '@').
QString fileNameFor(const QString& uid)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]{1,200}$"));
    if (safe.match(uid).hasMatch())
        return uid + QStringLiteral(".ics");
    return QString::fromLatin1(
               QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Sha256).toHex().left(40))
        + QStringLiteral(".ics");
}

// A calendar's address as a folder, so that a file name resolves inside it.
QUrl asCollection(const QUrl& url)
{
    if (url.path().endsWith(QLatin1Char('/')))
        return url;
    QUrl folder = url;
    folder.setPath(url.path() + QLatin1Char('/'));
    return folder;
}

} // namespace

SyncEngine::Counts& SyncEngine::Counts::operator+=(const Counts& other)
{
    downloaded += other.downloaded;
    uploaded += other.uploaded;
    deleted += other.deleted;
    conflicts += other.conflicts;
    merged += other.merged;
    return *this;
}

SyncEngine::PasswordReader SyncEngine::keychainPasswords(SecretStore& secrets)
{
    return [&secrets](const CalDavAccount& account,
                      std::function<void(const QString& password, const QString& problem)> done) {
        SecretReply* reply = secrets.read(account.secretOwner(), QLatin1String(CalDavAccount::passwordName));
        QObject::connect(reply, &SecretReply::finished, reply, [reply, done] {
            // None stored is the engine's to say; the keychain's other troubles are its own to explain.
            const bool said = reply->ok() || reply->status() == SecretReply::Status::NotFound;
            done(reply->ok() ? reply->value() : QString(), said ? QString() : reply->errorString());
        });
    };
}

SyncEngine::SyncEngine(QNetworkAccessManager& network, SyncStore& store, AppointmentStore& appointments,
                       SyncQueue& queue, PasswordReader passwords, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_appointments(appointments)
    , m_queue(queue)
    , m_passwords(std::move(passwords))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (m_queue.count() > 0)
            syncNow();
    });
    m_periodic.setInterval(periodMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::start()
{
    connect(&m_appointments, &AppointmentStore::changed, this, &SyncEngine::scheduleAfterChange,
            Qt::UniqueConnection);
    m_periodic.start();
    syncNow();
}

void SyncEngine::watchReachability()
{
    if (m_askedForReachability)
        return;
    m_askedForReachability = true;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    m_networkReturn = connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
                              this, [this](QNetworkInformation::Reachability reachability) {
                                  if (reachability == QNetworkInformation::Reachability::Online)
                                      syncNow();
                              });
}

void SyncEngine::scheduleAfterChange()
{
    // Also while a run is on: a change made during it may have missed it. The engine's own writes
    // change the calendar too; the timeout syncs only when changes wait.
    m_debounce.start();
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_debounce.stop();
    m_retry.stop();
    m_running = true;
    m_again = false;
    m_run = std::make_unique<Run>();
    m_run->owner = new QObject(this);
    m_run->accounts = m_store.accounts();
    if (!m_run->accounts.isEmpty())
        watchReachability();
    for (const TeamCalendar& calendar : m_store.calendars()) {
        if (!calendar.isLocal())
            addToRun(calendar);
    }
    m_run->pending = m_queue.pending();
    Q_EMIT started();
    readPasswords(m_run->accounts);
}

void SyncEngine::addToRun(const TeamCalendar& calendar)
{
    m_run->calendars.insert(calendar.id, calendar);
    m_run->toPull.append(calendar);
    m_run->reports.insert(calendar.id, {});
}

void SyncEngine::readPasswords(QList<CalDavAccount> accounts)
{
    if (accounts.isEmpty()) {
        findCalendars(m_run->accounts);
        return;
    }
    const CalDavAccount account = accounts.takeFirst();
    const QPointer<SyncEngine> self(this);
    m_passwords(account, [self, account, accounts](const QString& password, const QString& problem) {
        if (self && self->m_run)
            self->passwordRead(account, password, problem, accounts);
    });
}

void SyncEngine::passwordRead(const CalDavAccount& account, const QString& password, const QString& problem,
                              const QList<CalDavAccount>& remaining)
{
    if (password.isEmpty()) {
        // Without a password the account cannot sync; the others still can.
        qCWarning(lcSync) << "no password for account" << account.id;
        const QString message = problem.isEmpty()
            ? tr("The keychain holds no password for the account %1: enter it again in Settings → "
                 "Calendars.")
                  .arg(account.displayName)
            : problem;
        for (const TeamCalendar& calendar : std::as_const(m_run->calendars)) {
            if (calendar.accountId == account.id)
                recordCalendarProblem(calendar, message);
        }
    } else {
        auto* client = new DavClient(m_network, m_run->owner);
        client->setCredentials(account.user, password);
        m_run->clients.insert(account.id, client);
    }
    readPasswords(remaining);
}

void SyncEngine::findCalendars(QList<CalDavAccount> accounts)
{
    // An account added in Settings or by a setup file has no calendars yet: its server says which.
    const auto hasCalendars = [this](const CalDavAccount& account) {
        for (const TeamCalendar& calendar : std::as_const(m_run->calendars)) {
            if (calendar.accountId == account.id)
                return true;
        }
        return false;
    };
    while (!accounts.isEmpty()
           && (hasCalendars(accounts.constFirst()) || !m_run->clients.contains(accounts.constFirst().id)))
        accounts.removeFirst();
    if (accounts.isEmpty()) {
        pushNext();
        return;
    }
    const CalDavAccount account = accounts.takeFirst();
    auto* discovery = new CalDavDiscovery(*m_run->clients.value(account.id), m_run->owner);
    connect(discovery, &CalDavDiscovery::finished, this, [this, discovery, account, accounts] {
        if (stopsTheRun(discovery->error()))
            return;
        QList<TeamCalendar> found;
        QString message;
        if (discovery->error().isError())
            qCWarning(lcSync) << "no calendars found for account" << account.id << "HTTP status"
                              << discovery->error().httpStatus();
        else if (!m_store.saveFound(account.id, discovery->calendars(), &found, &message))
            qCWarning(lcSync) << "calendars found not stored:" << message;
        for (const TeamCalendar& calendar : std::as_const(found))
            addToRun(calendar);
        findCalendars(accounts);
    });
    discovery->start(account.serverUrl);
}

DavClient* SyncEngine::clientFor(const QString& calendarId)
{
    const auto calendar = m_run->calendars.constFind(calendarId);
    if (calendar == m_run->calendars.constEnd())
        return nullptr;
    return m_run->clients.value(calendar->accountId);
}

QUrl SyncEngine::urlOf(const TeamCalendar& calendar, const QString& href) const
{
    return calendar.url.resolved(QUrl::fromEncoded(href.toUtf8()));
}

void SyncEngine::pushNext()
{
    if (m_run->pending.isEmpty()) {
        pullNext();
        return;
    }
    push(m_run->pending.takeFirst());
}

void SyncEngine::push(const PendingChange& change)
{
    const std::optional<Appointment> master = m_appointments.find(change.uid);
    const std::optional<ServerObject> object = m_store.object(change.uid);
    const auto target = master ? m_run->calendars.constFind(master->calendarId) : m_run->calendars.constEnd();
    QString error;

    if (target != m_run->calendars.constEnd()) {
        DavClient* client = clientFor(target->id);
        if (!client || target->readOnly) {
            // No password, or a calendar this account may not write: the change waits.
            pushNext();
            return;
        }
        QList<Appointment> appointments { *master };
        appointments += m_appointments.exceptionsOf(change.uid);
        const QByteArray body = CalendarObject::write(appointments, target->details);
        const bool sameCalendar = object && object->calendarId == target->id;
        const QString href = sameCalendar
            ? object->href
            : hrefKey(asCollection(target->url).resolved(QUrl(fileNameFor(change.uid))));
        DavReply* reply = client->put(urlOf(*target, href), body, sameCalendar ? object->etag : QString());
        const TeamCalendar calendar = *target;
        const std::optional<ServerObject> movedFrom = sameCalendar ? std::nullopt : object;
        const QByteArray agreed = CalendarObject::writeWhole(appointments);
        connect(reply, &DavReply::finished, this, [this, change, reply, calendar, href, agreed, movedFrom] {
            pushed(change, reply, calendar, href, agreed, movedFrom);
        });
        return;
    }

    // Removed here, or moved to this computer's own calendar: off the server with it.
    if (object && clientFor(object->calendarId)) {
        const TeamCalendar calendar = m_run->calendars.value(object->calendarId);
        DavReply* reply = clientFor(object->calendarId)->remove(urlOf(calendar, object->href), object->etag);
        const ServerObject removed = *object;
        connect(reply, &DavReply::finished, this,
                [this, change, reply, removed] { removedOnServer(change, reply, removed); });
        return;
    }
    if (!object && !m_queue.done(change, &error))
        qCWarning(lcSync) << "sync queue not updated:" << error;
    pushNext();
}

void SyncEngine::pushed(const PendingChange& change, DavReply* reply, const TeamCalendar& calendar,
                        const QString& href, const QByteArray& agreedVersion,
                        const std::optional<ServerObject>& movedFrom)
{
    const DavError error = reply->error();
    if (stopsTheRun(error))
        return;
    QString message;
    if (error.kind() == DavError::Kind::PreconditionFailed) {
        // Someone changed (or removed) it on the server since we last saw it: theirs is applied,
        // with ours merged onto it or kept as a conflict.
        takeServerVersionAfterConflict(change.uid, calendar, href);
        return;
    }
    if (error.isError()) {
        recordCalendarError(calendar, error);
        pushNext();
        return;
    }
    ++countsOf(calendar.id).uploaded;
    if (!m_store.setObject({ change.uid, calendar.id, href, reply->etag(), agreedVersion }, &message)
        || !m_queue.done(change, &message))
        qCWarning(lcSync) << "sync state not stored:" << message;
    if (movedFrom) {
        if (DavClient* oldClient = clientFor(movedFrom->calendarId)) {
            const TeamCalendar oldCalendar = m_run->calendars.value(movedFrom->calendarId);
            DavReply* removal = oldClient->remove(urlOf(oldCalendar, movedFrom->href), movedFrom->etag);
            connect(removal, &DavReply::finished, this, [this, removal] {
                if (!stopsTheRun(removal->error()))
                    pushNext();
            });
            return;
        }
    }
    pushNext();
}

void SyncEngine::removedOnServer(const PendingChange& change, DavReply* reply, const ServerObject& object)
{
    const DavError error = reply->error();
    if (stopsTheRun(error))
        return;
    if (error.kind() == DavError::Kind::PreconditionFailed) {
        takeServerVersionAfterConflict(change.uid, m_run->calendars.value(object.calendarId), object.href);
        return;
    }
    QString message;
    if (!error.isError() || error.kind() == DavError::Kind::NotFound) {
        ++countsOf(object.calendarId).deleted;
        if (!m_store.forgetObject(change.uid, &message) || !m_queue.done(change, &message))
            qCWarning(lcSync) << "sync state not stored:" << message;
    } else {
        recordCalendarError(m_run->calendars.value(object.calendarId), error);
    }
    pushNext();
}

void SyncEngine::takeServerVersionAfterConflict(const QString& uid, const TeamCalendar& calendar,
                                                const QString& href)
{
    DavReply* reply = clientFor(calendar.id)->get(urlOf(calendar, href));
    connect(reply, &DavReply::finished, this, [this, reply, uid, calendar, href] {
        const DavError error = reply->error();
        if (stopsTheRun(error))
            return;
        QString message;
        bool applied = false;
        SyncStore::WaitingChange waiting = SyncStore::WaitingChange::None;
        if (!error.isError()) {
            applied = m_store.applyServerVersion(calendar.id, href, reply->etag(), reply->body(), &message,
                                                 &waiting);
        } else if (error.kind() == DavError::Kind::NotFound) {
            if (m_queue.contains(uid))
                waiting = SyncStore::WaitingChange::KeptAsConflict;
            applied = m_store.applyServerRemoval(uid, &message);
        } else {
            recordCalendarError(calendar, error);
        }
        if (!applied && !message.isEmpty())
            qCWarning(lcSync) << "the server's version after a conflict was not applied:" << message;
        if (applied && waiting == SyncStore::WaitingChange::KeptAsConflict)
            ++countsOf(calendar.id).conflicts;
        if (applied && waiting == SyncStore::WaitingChange::Merged) {
            ++countsOf(calendar.id).merged;
            // Up again at once, onto the server's version (its ETag is noted now), unless the server
            // changed meanwhile once more: then it waits for the next run.
            const QList<PendingChange> queued = m_queue.pending();
            const auto again
                = std::find_if(queued.cbegin(), queued.cend(),
                               [&uid](const PendingChange& change) { return change.uid == uid; });
            if (again != queued.cend() && !m_run->mergedUids.contains(uid)) {
                m_run->mergedUids.insert(uid);
                m_run->pending.prepend(*again);
            }
        }
        pushNext();
    });
}

void SyncEngine::pullNext()
{
    if (m_run->toPull.isEmpty()) {
        finishRun({});
        return;
    }
    const TeamCalendar calendar = m_run->toPull.takeFirst();
    if (!clientFor(calendar.id)) {
        pullNext();
        return;
    }
    // The first time, everything; later, what changed since the markers of the last run.
    if (!calendar.lastSync || !calendar.syncToken.isEmpty() || calendar.ctag.isEmpty())
        pullWithSyncCollection(calendar, calendar.lastSync ? calendar.syncToken : QString());
    else
        pullWithCtag(calendar);
}

void SyncEngine::pullWithSyncCollection(const TeamCalendar& calendar, const QString& token)
{
    DavReply* reply = clientFor(calendar.id)->syncCollection(calendar.url, token);
    connect(reply, &DavReply::finished, this, [this, reply, calendar, token] {
        const DavError error = reply->error();
        if (stopsTheRun(error))
            return;
        if (error.kind() == DavError::Kind::InvalidSyncToken && !token.isEmpty()) {
            qCInfo(lcSync) << "sync token expired for calendar" << calendar.id << "- comparing everything";
            pullWithSyncCollection(calendar, QString());
            return;
        }
        if (error.isError()) {
            // No RFC 6578 here: compare the ctag and the ETags instead.
            TeamCalendar withoutToken = calendar;
            withoutToken.ctag.clear();
            pullWithCtag(withoutToken);
            return;
        }
        compare(calendar, reply->multistatus().resources(), token.isEmpty(), calendar.ctag,
                reply->multistatus().syncToken());
    });
}

void SyncEngine::pullWithCtag(const TeamCalendar& calendar)
{
    DavReply* reply = clientFor(calendar.id)->propfind(calendar.url, 0, { DavNames::getCtag });
    connect(reply, &DavReply::finished, this, [this, reply, calendar] {
        if (endsThePull(calendar, reply->error()))
            return;
        const DavResource* resource = reply->multistatus().resource(calendar.url);
        const QString ctag = resource ? resource->text(DavNames::getCtag) : QString();
        if (!ctag.isEmpty() && ctag == calendar.ctag) {
            calendarDone(calendar, ctag, QString());
            return;
        }
        DavReply* listing = clientFor(calendar.id)->propfind(calendar.url, 1, { DavNames::getEtag });
        connect(listing, &DavReply::finished, this, [this, listing, calendar, ctag] {
            if (!endsThePull(calendar, listing->error()))
                compare(calendar, listing->multistatus().resources(), true, ctag, QString());
        });
    });
}

void SyncEngine::compare(const TeamCalendar& calendar, const QList<DavResource>& resources, bool complete,
                         const QString& ctag, const QString& syncToken)
{
    QHash<QString, ServerObject> known;
    for (const ServerObject& object : m_store.objects(calendar.id))
        known.insert(object.href, object);
    const QString collection = hrefKey(calendar.url.adjusted(QUrl::StripTrailingSlash));
    QList<QUrl> missing;
    QSet<QString> seen;
    QString message;
    for (const DavResource& resource : resources) {
        const QString href = hrefKey(resource.href);
        if (href.endsWith(QLatin1Char('/')) || href == collection)
            continue; // the calendar itself, or a collection inside it
        seen.insert(href);
        const auto local = known.constFind(href);
        if (resource.isGone()) {
            if (local != known.constEnd()) {
                if (m_queue.contains(local->uid))
                    ++countsOf(calendar.id).conflicts;
                if (m_store.applyServerRemoval(local->uid, &message))
                    ++countsOf(calendar.id).deleted;
                else
                    qCWarning(lcSync) << "a removal from the server was not applied:" << message;
            }
            continue;
        }
        if (local == known.constEnd() || local->etag != resource.text(DavNames::getEtag))
            missing.append(resource.href);
    }
    if (complete) {
        for (const ServerObject& object : std::as_const(known)) {
            if (seen.contains(object.href))
                continue;
            if (m_queue.contains(object.uid))
                ++countsOf(calendar.id).conflicts;
            if (m_store.applyServerRemoval(object.uid, &message))
                ++countsOf(calendar.id).deleted;
        }
    }
    fetchNext(calendar, missing, ctag, syncToken);
}

void SyncEngine::fetchNext(const TeamCalendar& calendar, QList<QUrl> missing, const QString& ctag,
                           const QString& syncToken)
{
    if (missing.isEmpty()) {
        calendarDone(calendar, ctag, syncToken);
        return;
    }
    const QList<QUrl> batch = missing.mid(0, multigetBatch);
    missing.remove(0, batch.size());
    DavReply* reply = clientFor(calendar.id)->calendarMultiget(calendar.url, batch);
    connect(reply, &DavReply::finished, this, [this, reply, calendar, missing, ctag, syncToken] {
        if (endsThePull(calendar, reply->error()))
            return;
        QList<SyncStore::ServerVersion> versions;
        for (const DavResource& resource : reply->multistatus().resources()) {
            const QString data = resource.text(DavNames::calendarData);
            if (!data.isEmpty()) // else removed between the listing and now: the next run sees it gone
                versions.append({ hrefKey(resource.href), resource.text(DavNames::getEtag), data.toUtf8() });
        }
        QString message;
        int applied = 0;
        int conflicts = 0;
        int merged = 0;
        if (!m_store.applyServerVersions(calendar.id, versions, &applied, &conflicts, &message, &merged)) {
            // Not in the calendar file (full disk?): the markers stay, so the next run fetches them again.
            qCWarning(lcSync) << "events from the server were not applied";
            recordCalendarProblem(calendar, message);
            pullNext();
            return;
        }
        countsOf(calendar.id).downloaded += applied;
        countsOf(calendar.id).conflicts += conflicts;
        countsOf(calendar.id).merged += merged;
        // The merged changes wait to go up onto the server's versions: in a run right after this.
        if (merged > 0)
            m_again = true;
        fetchNext(calendar, missing, ctag, syncToken);
    });
}

void SyncEngine::calendarDone(const TeamCalendar& calendar, const QString& ctag, const QString& syncToken)
{
    m_run->pulled.insert(calendar.id);
    QString message;
    if (!m_store.setSyncState(calendar.id, ctag, syncToken, QString(), &message))
        qCWarning(lcSync) << "sync state not stored:" << message;
    pullNext();
}

bool SyncEngine::endsThePull(const TeamCalendar& calendar, const DavError& error)
{
    if (stopsTheRun(error))
        return true;
    if (!error.isError())
        return false;
    recordCalendarError(calendar, error);
    pullNext();
    return true;
}

void SyncEngine::recordCalendarError(const TeamCalendar& calendar, const DavError& error)
{
    qCWarning(lcSync) << "calendar" << calendar.id << "not synced, HTTP status" << error.httpStatus();
    recordCalendarProblem(calendar, error.message());
    if (!m_run->calendarError.isError())
        m_run->calendarError = error;
}

void SyncEngine::recordCalendarProblem(const TeamCalendar& calendar, const QString& message)
{
    // The markers stay those of the last complete sync, so the next run fetches what this one missed.
    QString storeError;
    if (!m_store.setSyncState(calendar.id, calendar.ctag, calendar.syncToken, message, &storeError))
        qCWarning(lcSync) << "sync state not stored:" << storeError;
    CalendarReport& report = m_run->reports[calendar.id];
    if (report.error.isEmpty())
        report.error = message;
}

SyncEngine::Counts& SyncEngine::countsOf(const QString& calendarId)
{
    return m_run->reports[calendarId].counts;
}

SyncEngine::Counts SyncEngine::lastCounts() const
{
    Counts sum;
    for (const CalendarReport& report : m_lastReports)
        sum += report.counts;
    return sum;
}

bool SyncEngine::stopsTheRun(const DavError& error)
{
    const DavError::Kind kind = error.kind();
    if (kind != DavError::Kind::Unreachable && kind != DavError::Kind::Certificate
        && kind != DavError::Kind::WrongPassword)
        return false;
    finishRun(error);
    return true;
}

void SyncEngine::finishRun(const DavError& error)
{
    int requests = 0;
    for (const auto& client : std::as_const(m_run->clients))
        requests += client->requestCount();
    m_lastRequests = requests;
    if (error.isError()) {
        // Every calendar the run did not finish shares its fate, in the status bar too.
        for (const TeamCalendar& calendar : std::as_const(m_run->calendars)) {
            if (!m_run->pulled.contains(calendar.id))
                recordCalendarProblem(calendar, error.message());
        }
    }
    m_lastReports = m_run->reports;
    m_lastError = error.isError() ? error : m_run->calendarError;
    m_run->owner->deleteLater();
    m_run.reset();
    m_running = false;
    if (error.kind() == DavError::Kind::Unreachable) {
        m_retry.start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, periodMs);
    } else {
        m_retryMs = firstRetryMs;
    }
    const Counts counts = lastCounts();
    qCInfo(lcSync) << "sync finished:" << counts.downloaded << "down," << counts.uploaded << "up,"
                   << counts.deleted << "deleted," << counts.conflicts << "conflicts, error"
                   << int(error.kind());
    Q_EMIT finished();
    if (m_again)
        syncNow();
}
