#pragma once

#include <QFileDialog>

// Qt's file dialog, with every cell of its file list named for screen readers: a folder's size
// column is empty, and an empty cell is read as an unnamed object ("blank" at best). Where the
// desktop supplies a native dialog, that one is used, and its accessibility is the desktop's.
class FileDialog : public QFileDialog
{
    Q_OBJECT

public:
    FileDialog(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);

    // The chosen file of an existing one, or an empty string when the user cancelled. The dialog
    // opens in folder, or in startFolder() where folder is empty or gone.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                                const QString& filter);
    // Where to save, suggested as suggestedName in folder (as above); an empty string when the user
    // cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& folder,
                                const QString& suggestedName, const QString& filter);
    // The user's documents folder, else the home folder. Never the working folder: started from a
    // Windows shortcut that is the program's folder, and a file with clients' data landed there.
    static QString startFolder();

protected:
    // Within the screen: at 200 % on a small screen it opened larger, Open and Cancel beyond its edge.
    void showEvent(QShowEvent* event) override;
};
