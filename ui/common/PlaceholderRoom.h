#pragma once

#include <QObject>

class QLineEdit;

// An empty field says what belongs in it through its placeholder ("Search (Ctrl+F)"); with large
// fonts a field squeezed by its neighbours cut that to "Suchen (Str…". This keeps the field at
// least as wide as its placeholder, also after the font changes.
class PlaceholderRoom : public QObject
{
    Q_OBJECT

public:
    // Keeps field's placeholder whole (set the placeholder first).
    static void keep(QLineEdit* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit PlaceholderRoom(QLineEdit* field);
    void fit();

    QLineEdit* m_field;
};
