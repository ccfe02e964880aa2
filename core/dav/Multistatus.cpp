#include "core/dav/Multistatus.h"

#include "core/dav/DavNames.h"

#include <QXmlStreamReader>

#include <utility>

namespace {

constexpr QLatin1String multistatusName("{DAV:}multistatus");
constexpr QLatin1String responseName("{DAV:}response");
constexpr QLatin1String propstatName("{DAV:}propstat");
constexpr QLatin1String propName("{DAV:}prop");
constexpr QLatin1String statusName("{DAV:}status");
constexpr QLatin1String errorName("{DAV:}error");

// Element depths inside a multistatus (the root is 1).
constexpr int responseDepth = 2;
constexpr int propstatDepth = 3;
constexpr int propDepth = 4;
constexpr int propertyDepth = 5;

QString clarkName(const QXmlStreamReader& reader)
{
    return QLatin1Char('{') + reader.namespaceUri() + QLatin1Char('}') + reader.name();
}

// "HTTP/1.1 404 Not Found" → 404; 0 when it is not a status line.
int parseStatusLine(const QString& line)
{
    const QStringList parts = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2 || !parts.at(0).startsWith(QLatin1String("HTTP/")))
        return 0;
    bool ok = false;
    const int status = parts.at(1).toInt(&ok);
    return ok && status >= 100 && status <= 599 ? status : 0;
}

QUrl resolveHref(const QUrl& requestUrl, const QString& href)
{
    return requestUrl.resolved(QUrl(href.trimmed()));
}

QUrl withoutTrailingSlash(const QUrl& url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

} // namespace

Multistatus Multistatus::parse(const QByteArray& body, const QUrl& requestUrl)
{
    Multistatus result;
    if (body.size() > maxBodyBytes) {
        result.m_error = QStringLiteral("the answer is larger than %1 bytes").arg(maxBodyBytes);
        return result;
    }

    // One entry per open element: its Clark name and its own character data.
    struct Open
    {
        QString name;
        QString text;
    };
    QList<Open> open;
    auto openAt = [&open](int depth) { return depth <= open.size() ? open.at(depth - 1).name : QString(); };
    auto insideResponse = [&] { return openAt(responseDepth) == responseName; };
    auto insidePropstat = [&] { return insideResponse() && openAt(propstatDepth) == propstatName; };
    auto insideProp = [&] { return insidePropstat() && openAt(propDepth) == propName; };

    QList<QUrl> responseHrefs;
    int responseStatus = 0;
    QHash<QString, DavProperty> responseProperties;
    QList<std::pair<QString, DavProperty>> propstatProperties;
    int propstatStatus = 0;
    DavProperty property;

    auto fail = [&result](const QString& why) {
        result.m_error = why;
        result.m_resources.clear();
        result.m_syncToken.clear();
        return result;
    };

    bool sawRoot = false;
    QXmlStreamReader reader(body);
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            // A multistatus never needs a DTD, and entity definitions are the classic way to make
            // a small answer expand into a huge one.
            return fail(QStringLiteral("a document type declaration is not allowed"));
        case QXmlStreamReader::StartElement: {
            const QString name = clarkName(reader);
            const int depth = int(open.size()) + 1;
            if (depth > maxElementDepth)
                return fail(QStringLiteral("elements nest deeper than %1").arg(maxElementDepth));
            if (depth == 1 && name != multistatusName)
                return fail(QStringLiteral("the answer is not a WebDAV multistatus"));
            sawRoot = true;
            if (depth == responseDepth && name == responseName) {
                responseHrefs.clear();
                responseStatus = 0;
                responseProperties.clear();
            } else if (depth == propstatDepth && insideResponse() && name == propstatName) {
                propstatProperties.clear();
                propstatStatus = 0;
            } else if (depth == propertyDepth && insideProp()) {
                property = DavProperty();
            } else if (depth > propertyDepth && insideProp()) {
                property.elements.append(name);
                const QStringView nameAttribute = reader.attributes().value(QLatin1String("name"));
                if (!nameAttribute.isEmpty())
                    property.nameAttributes.append(nameAttribute.toString());
            }
            open.append({ name, QString() });
            break;
        }
        case QXmlStreamReader::Characters:
            if (!open.isEmpty())
                open.last().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            const Open closing = open.takeLast();
            const int depth = int(open.size()) + 1;
            if (depth == responseDepth && closing.name == DavNames::syncToken) {
                result.m_syncToken = closing.text.trimmed();
            } else if (depth == responseDepth && closing.name == responseName) {
                if (responseHrefs.isEmpty())
                    return fail(QStringLiteral("a response names no resource"));
                if (responseStatus == 0 && responseProperties.isEmpty())
                    return fail(QStringLiteral("a response has neither a status nor properties"));
                for (const QUrl& href : std::as_const(responseHrefs))
                    result.m_resources.append({ href, responseStatus, responseProperties });
            } else if (depth == propstatDepth && insideResponse() && closing.name == DavNames::href) {
                const QUrl href = resolveHref(requestUrl, closing.text);
                if (!href.isValid())
                    return fail(QStringLiteral("a response names an invalid address"));
                responseHrefs.append(href);
            } else if (depth == propstatDepth && insideResponse() && closing.name == statusName) {
                responseStatus = parseStatusLine(closing.text);
                if (responseStatus == 0)
                    return fail(QStringLiteral("a response has an unreadable status"));
            } else if (depth == propDepth && insidePropstat() && closing.name == statusName) {
                propstatStatus = parseStatusLine(closing.text);
                if (propstatStatus == 0)
                    return fail(QStringLiteral("a propstat has an unreadable status"));
            } else if (depth == propstatDepth && insideResponse() && closing.name == propstatName) {
                if (propstatStatus == 0)
                    return fail(QStringLiteral("a propstat has no status"));
                for (auto& [name, value] : propstatProperties) {
                    value.status = propstatStatus;
                    // A property found (2xx) wins over the same property reported missing.
                    const auto existing = responseProperties.constFind(name);
                    if (existing == responseProperties.constEnd() || !existing->isFound())
                        responseProperties.insert(name, value);
                }
            } else if (depth == propertyDepth && insideProp()) {
                property.text = closing.text.trimmed();
                propstatProperties.append({ closing.name, property });
            } else if (depth > propertyDepth && insideProp() && closing.name == DavNames::href) {
                const QUrl href = resolveHref(requestUrl, closing.text);
                if (href.isValid())
                    property.hrefs.append(href);
            }
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError())
        return fail(QStringLiteral("the answer is not well-formed XML: ") + reader.errorString());
    if (!sawRoot)
        return fail(QStringLiteral("the answer is empty"));
    return result;
}

bool Multistatus::namesPrecondition(const QByteArray& body, const QString& clarkName)
{
    if (body.size() > maxBodyBytes)
        return false;
    QXmlStreamReader reader(body);
    int depth = 0;
    bool inError = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return false;
        case QXmlStreamReader::StartElement: {
            if (++depth > maxElementDepth)
                return false;
            const QString name = ::clarkName(reader);
            if (depth == 1)
                inError = name == errorName;
            else if (depth == 2 && inError && name == clarkName)
                return true;
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return false;
}

const DavResource* Multistatus::resource(const QUrl& url) const
{
    const QUrl wanted = withoutTrailingSlash(url);
    for (const DavResource& candidate : m_resources) {
        if (withoutTrailingSlash(candidate.href) == wanted)
            return &candidate;
    }
    return nullptr;
}
