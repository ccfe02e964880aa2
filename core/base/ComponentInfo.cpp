#include "core/base/ComponentInfo.h"

#include "core/contact/ContactModule.h"
#include "core/contact/ContactModuleLoader.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <libical/ical.h>

namespace {

QString sqliteVersion()
{
    const QString connectionName = QStringLiteral("vieraugen-version-probe");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return version;
}

} // namespace

QList<Component> ComponentInfo::coreComponents()
{
    // Asking for libcurl's version loads the contact module, if it is not loaded yet.
    const ContactModule* contact = ContactModuleLoader::load();
    return {
        { QStringLiteral("Qt"), QString::fromLatin1(qVersion()), tr("LGPL 3.0") },
        { QStringLiteral("SQLite"), sqliteVersion(), tr("public domain") },
        { QStringLiteral("libical"), QString::fromLatin1(ICAL_VERSION), tr("LGPL 2.1 or MPL 2.0") },
        { QStringLiteral("libcurl"), contact ? contact->mailLibraryVersion() : tr("not installed"),
          tr("curl license (MIT style)") },
        { QStringLiteral("QtKeychain"), QStringLiteral(VIERAUGEN_QTKEYCHAIN_VERSION), tr("BSD 3-Clause") },
    };
}
