#include "core/dav/DavRequestBody.h"

#include "core/dav/DavNames.h"

#include <QXmlStreamWriter>

namespace {

constexpr QLatin1String davNamespace("DAV:");
constexpr QLatin1String calDavNamespace("urn:ietf:params:xml:ns:caldav");

class BodyWriter
{
public:
    BodyWriter()
        : m_writer(&m_body)
    {
        m_writer.writeStartDocument();
        m_writer.writeNamespace(davNamespace, QStringLiteral("d"));
        m_writer.writeNamespace(calDavNamespace, QStringLiteral("c"));
    }

    QXmlStreamWriter& xml() { return m_writer; }

    void writeEmpty(const QString& clarkName)
    {
        const qsizetype close = clarkName.indexOf(QLatin1Char('}'));
        m_writer.writeEmptyElement(clarkName.mid(1, close - 1), clarkName.mid(close + 1));
    }

    void writeProperties(const QStringList& properties)
    {
        m_writer.writeStartElement(davNamespace, QStringLiteral("prop"));
        for (const QString& property : properties)
            writeEmpty(property);
        m_writer.writeEndElement();
    }

    QByteArray finish()
    {
        m_writer.writeEndDocument();
        return m_body;
    }

private:
    QByteArray m_body;
    QXmlStreamWriter m_writer;
};

QString utcStamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QByteArray DavRequestBody::propfind(const QStringList& properties)
{
    BodyWriter body;
    body.xml().writeStartElement(davNamespace, QStringLiteral("propfind"));
    body.writeProperties(properties);
    return body.finish();
}

QByteArray DavRequestBody::calendarMultiget(const QList<QUrl>& events)
{
    BodyWriter body;
    body.xml().writeStartElement(calDavNamespace, QStringLiteral("calendar-multiget"));
    body.writeProperties({ DavNames::getEtag, DavNames::calendarData });
    for (const QUrl& event : events)
        body.xml().writeTextElement(davNamespace, QStringLiteral("href"), event.path(QUrl::FullyEncoded));
    return body.finish();
}

QByteArray DavRequestBody::syncCollection(const QString& syncToken)
{
    BodyWriter body;
    body.xml().writeStartElement(davNamespace, QStringLiteral("sync-collection"));
    body.xml().writeTextElement(davNamespace, QStringLiteral("sync-token"), syncToken);
    body.xml().writeTextElement(davNamespace, QStringLiteral("sync-level"), QStringLiteral("1"));
    body.writeProperties({ DavNames::getEtag });
    return body.finish();
}

QByteArray DavRequestBody::calendarQuery(const QDateTime& from, const QDateTime& to)
{
    BodyWriter body;
    QXmlStreamWriter& xml = body.xml();
    xml.writeStartElement(calDavNamespace, QStringLiteral("calendar-query"));
    body.writeProperties({ DavNames::getEtag });
    xml.writeStartElement(calDavNamespace, QStringLiteral("filter"));
    xml.writeStartElement(calDavNamespace, QStringLiteral("comp-filter"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("VCALENDAR"));
    xml.writeStartElement(calDavNamespace, QStringLiteral("comp-filter"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("VEVENT"));
    xml.writeEmptyElement(calDavNamespace, QStringLiteral("time-range"));
    xml.writeAttribute(QStringLiteral("start"), utcStamp(from));
    xml.writeAttribute(QStringLiteral("end"), utcStamp(to));
    return body.finish();
}
