#include "core/base/ModuleLoader.h"

#include "core/base/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

ModuleLoader::ModuleLoader(const QString& name)
    : m_name(name)
{ }

QStringList ModuleLoader::searchPath()
{
    QMutexLocker locker(&m_mutex);
    if (m_searchPath)
        return *m_searchPath;
    const QDir program(QCoreApplication::applicationDirPath());
    return { program.path(),
             QDir::cleanPath(program.filePath(QStringLiteral(VIERAUGEN_MODULE_RELATIVE_DIR))) };
}

void ModuleLoader::setSearchPath(const QStringList& folders)
{
    QMutexLocker locker(&m_mutex);
    m_searchPath = folders;
    if (!m_instance)
        m_tried = false;
}

bool ModuleLoader::isLoaded()
{
    QMutexLocker locker(&m_mutex);
    return m_instance != nullptr;
}

QObject* ModuleLoader::instance(QString* details)
{
    const QStringList folders = searchPath();
    QMutexLocker locker(&m_mutex);
    if (!m_tried) {
        m_tried = true;
        QStringList problems;
        for (const QString& folder : folders) {
            QPluginLoader loader(QDir(folder).filePath(m_name));
            // Never unloaded: objects and threads of the module may live until the program ends.
            loader.setLoadHints(QLibrary::PreventUnloadHint);
            if (!loader.load()) {
                problems.append(loader.errorString());
                continue;
            }
            m_instance = loader.instance();
            qCInfo(lcApp) << "module loaded from" << loader.fileName();
            break;
        }
        if (!m_instance) {
            qCWarning(lcApp) << "module" << m_name << "not loaded:" << problems;
            m_details = problems.join(QStringLiteral("; "));
        }
    }
    if (!m_instance && details)
        *details = m_details;
    return m_instance;
}
