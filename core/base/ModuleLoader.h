#pragma once

#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// Finds one of Vieraugen's modules (a library loaded at run time, so that what only some actions
// need stays off the start path) beside the program or in <libdir>/vieraugen relative to it, and
// loads it once, on first need; it stays loaded until the program ends. Safe from any thread.
class ModuleLoader
{
public:
    // name without prefix or suffix, e.g. "vieraugen-contact".
    explicit ModuleLoader(const QString& name);

    // The module's plugin object, loaded on the first call. nullptr when it cannot be loaded: then
    // *details says why, for each place looked at; later calls answer the same without trying again.
    QObject* instance(QString* details);
    // The same, as the module's interface; a library that is no such module is named in *details.
    template <typename Interface> Interface* load(QString* details)
    {
        QObject* object = instance(details);
        auto* module = qobject_cast<Interface*>(object);
        if (object && !module && details)
            *details = QStringLiteral("%1 is not a Vieraugen module of this version").arg(m_name);
        return module;
    }
    template <typename Interface> bool isLoaded() { return isLoaded() && load<Interface>(nullptr); }
    bool isLoaded();

    QString name() const { return m_name; }
    // The folders searched, in order: the program's own, then <libdir>/vieraugen relative to it.
    QStringList searchPath();
    // Tests: search these folders instead; a load that failed is tried again there.
    void setSearchPath(const QStringList& folders);

private:
    QMutex m_mutex;
    QString m_name;
    bool m_tried = false;
    QObject* m_instance = nullptr;
    QString m_details;
    std::optional<QStringList> m_searchPath;
};
