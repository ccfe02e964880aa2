#include "core/base/PublicSuffix.h"

#include <QHostAddress>

#include <libpsl.h>
#include <memory>

namespace {

const psl_ctx_t* suffixList()
{
    // The system's list when it is newer than the one built into libpsl.
    static const std::unique_ptr<psl_ctx_t, decltype(&psl_free)> list(psl_latest(nullptr), &psl_free);
    return list ? list.get() : psl_builtin();
}

QString normalized(const QString& host)
{
    QString result = host.trimmed().toLower();
    if (result.endsWith(QLatin1Char('.')))
        result.chop(1);
    return result;
}

} // namespace

QString PublicSuffix::registrableDomain(const QString& host)
{
    const QString name = normalized(host);
    const psl_ctx_t* list = suffixList();
    if (name.isEmpty() || !list || !QHostAddress(name).isNull())
        return QString();
    const QByteArray utf8 = name.toUtf8();
    const char* domain = psl_registrable_domain(list, utf8.constData());
    return domain ? QString::fromUtf8(domain) : QString();
}

bool PublicSuffix::sameOwner(const QString& host, const QString& otherHost)
{
    const QString name = normalized(host);
    if (name.isEmpty())
        return false;
    if (name == normalized(otherHost))
        return true;
    const QString domain = registrableDomain(name);
    return !domain.isEmpty() && domain == registrableDomain(otherHost);
}
