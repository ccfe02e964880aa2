#include "core/base/DataLocation.h"
#include "core/base/Translations.h"
#include "core/cli/CommandLineTool.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vieraugen"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("vieraugen.de"));
    QCoreApplication::setApplicationName(QStringLiteral("Vieraugen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIERAUGEN_VERSION));

    Translations::install(
        app,
        Settings::forDataFolder(DataLocation(DataLocation::explicitPathIn(QCoreApplication::arguments())))
            ->uiLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLineTool tool(out, err);
    return tool.run(QCoreApplication::arguments());
}
