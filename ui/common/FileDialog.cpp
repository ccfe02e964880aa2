#include "ui/common/FileDialog.h"

#include "ui/common/ScreenRoom.h"

#include <QDir>
#include <QFileInfo>
#include <QIdentityProxyModel>
#include <QShowEvent>
#include <QStandardPaths>

namespace {
// Says "(none)" where the list shows nothing, as in a folder's size.
class NamedCells : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (role == Qt::AccessibleTextRole && value.toString().isEmpty()
            && QIdentityProxyModel::data(index, Qt::DisplayRole).toString().isEmpty())
            return FileDialog::tr("(none)");
        return value;
    }
};

QString existingFolderOrStart(const QString& folder)
{
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : FileDialog::startFolder();
}
} // namespace

FileDialog::FileDialog(QWidget* parent, const QString& caption, const QString& directory,
                       const QString& filter)
    : QFileDialog(parent, caption, directory, filter)
{
    setProxyModel(new NamedCells(this));
}

void FileDialog::showEvent(QShowEvent* event)
{
    if (!event->spontaneous()) {
        ScreenRoom::resize(this, size());
        ScreenRoom::keepOnScreen(this);
    }
    QFileDialog::showEvent(event);
}

QString FileDialog::startFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& folder,
                                 const QString& filter)
{
    FileDialog dialog(parent, caption, existingFolderOrStart(folder), filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& folder,
                                 const QString& suggestedName, const QString& filter)
{
    FileDialog dialog(parent, caption, existingFolderOrStart(folder), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.selectFile(suggestedName);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}
