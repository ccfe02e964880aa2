#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The third-party components core is built on, with the versions in use at run time and
// their licenses, for the About dialog and bug reports.
struct Component
{
    QString name;
    QString version;
    QString license;
};

class ComponentInfo
{
    Q_DECLARE_TR_FUNCTIONS(ComponentInfo)

public:
    static QList<Component> coreComponents();
};
