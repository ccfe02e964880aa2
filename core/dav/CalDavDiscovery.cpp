#include "core/dav/CalDavDiscovery.h"

#include "core/base/Logging.h"
#include "core/dav/DavClient.h"
#include "core/dav/DavNames.h"

namespace {

// Errors no other address of the same server would avoid.
bool endsTheSearch(DavError::Kind kind)
{
    return kind == DavError::Kind::WrongPassword || kind == DavError::Kind::Certificate
        || kind == DavError::Kind::Unreachable || kind == DavError::Kind::InsecureAddress;
}

const DavResource* answerFor(const DavReply* reply)
{
    const Multistatus& answer = reply->multistatus();
    if (const DavResource* exact = answer.resource(reply->url()))
        return exact;
    return answer.resources().isEmpty() ? nullptr : &answer.resources().constFirst();
}

} // namespace

CalDavDiscovery::CalDavDiscovery(DavClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

QUrl CalDavDiscovery::addressFromUserInput(const QString& typed)
{
    const QString trimmed = typed.trimmed();
    QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

void CalDavDiscovery::start(const QUrl& address)
{
    m_calendars.clear();
    m_principal.clear();
    m_error = {};
    m_firstError = {};
    const QUrl wellKnown = address.resolved(QUrl(QStringLiteral("/.well-known/caldav")));
    // A bare server address says nothing about where calendars live: ask the well-known address
    // first. A longer address is most likely a calendar, principal or home: ask it first.
    if (address.path().isEmpty() || address.path() == QLatin1String("/"))
        m_candidates = { wellKnown, address };
    else
        m_candidates = { address, wellKnown };
    probe();
}

void CalDavDiscovery::probe()
{
    const QUrl candidate = m_candidates.takeFirst();
    QStringList properties = CalDavCalendar::properties();
    properties << DavNames::currentUserPrincipal << DavNames::calendarHomeSet;
    DavReply* reply = m_client.propfind(candidate, 0, properties);
    connect(reply, &DavReply::finished, this, [this, reply] { onProbed(reply); });
}

void CalDavDiscovery::onProbed(DavReply* reply)
{
    const DavError error = reply->error();
    const DavResource* resource = error.isError() ? nullptr : answerFor(reply);
    if (resource) {
        if (const DavProperty* principal = resource->found(DavNames::currentUserPrincipal))
            m_principal = principal->hrefs.value(0);
        if (const std::optional<CalDavCalendar> calendar = CalDavCalendar::fromResource(*resource)) {
            m_calendars = { *calendar };
            finish({});
            return;
        }
        if (const DavProperty* home = resource->found(DavNames::calendarHomeSet);
            home && !home->hrefs.isEmpty()) {
            listHome(home->hrefs.constFirst());
            return;
        }
        if (!m_principal.isEmpty()) {
            findHome(m_principal);
            return;
        }
    }
    const DavError why = error.isError() ? error : DavError(DavError::Kind::NotFound);
    if (!m_firstError.isError())
        m_firstError = why;
    if (endsTheSearch(why.kind()) || m_candidates.isEmpty()) {
        // The address the user typed explains best what is wrong with it.
        finish(endsTheSearch(why.kind()) ? why : m_firstError);
        return;
    }
    probe();
}

void CalDavDiscovery::findHome(const QUrl& principal)
{
    DavReply* reply = m_client.propfind(principal, 0, { DavNames::calendarHomeSet });
    connect(reply, &DavReply::finished, this, [this, reply] {
        if (reply->error().isError()) {
            finish(reply->error());
            return;
        }
        const DavResource* resource = answerFor(reply);
        const DavProperty* home = resource ? resource->found(DavNames::calendarHomeSet) : nullptr;
        if (!home || home->hrefs.isEmpty()) {
            finish(DavError(DavError::Kind::NotFound));
            return;
        }
        listHome(home->hrefs.constFirst());
    });
}

void CalDavDiscovery::listHome(const QUrl& home)
{
    DavReply* reply = m_client.propfind(home, 1, CalDavCalendar::properties());
    connect(reply, &DavReply::finished, this, [this, reply] {
        if (reply->error().isError()) {
            finish(reply->error());
            return;
        }
        for (const DavResource& resource : reply->multistatus().resources()) {
            if (const std::optional<CalDavCalendar> calendar = CalDavCalendar::fromResource(resource))
                m_calendars.append(*calendar);
        }
        finish({});
    });
}

void CalDavDiscovery::finish(const DavError& error)
{
    m_error = error;
    qCInfo(lcDav) << "discovery found" << m_calendars.size() << "calendars"
                  << (error.isError() ? "error" : "") << int(error.kind());
    Q_EMIT finished();
}
