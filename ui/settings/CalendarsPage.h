#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class SecretStore;
class SyncStore;
struct TeamCalendar;

// Settings → Calendars: this computer's calendar and the team calendars of each CalDAV account,
// with their colour, whether the views show them, where new appointments go and what of them the
// server gets (in its row, and chosen below the list for the selected calendar). Changes take
// effect at once: they are in the calendar file, not in the settings.
class CalendarsPage : public QWidget
{
    Q_OBJECT

public:
    CalendarsPage(SyncStore& sync, SecretStore& secrets, QWidget* parent = nullptr);

    void addAccount();
    void removeSelectedAccount();
    void useSelectedForNewAppointments();
    // Asks for a colour for the selected calendar: it outranks the server's on this computer.
    void chooseColorForSelected();

Q_SIGNALS:
    // Calendars were shown, hidden or added: the views read them again.
    void calendarsChanged();

private:
    void reload();
    void updateButtons();
    // The selected calendar's choice of what its server gets, or why there is none.
    void showDetailsOfSelected();
    void setDetailsOfSelected();
    // Its name and, on a second line, what its server gets; a screen reader hears both.
    void describe(QTreeWidgetItem* item, const TeamCalendar& calendar);
    void showError(const QString& message);
    // Empty: the server's colour again.
    void setSelectedColor(const QString& color);
    void selectCalendar(const QString& id);
    QString selectedCalendarId() const;
    QString selectedAccountId() const;

    SyncStore& m_sync;
    SecretStore& m_secrets;
    QTreeWidget* m_list;
    QPushButton* m_removeAccount;
    QPushButton* m_useForNew;
    QPushButton* m_chooseColor;
    QPushButton* m_resetColor;
    QComboBox* m_details;
    QLabel* m_detailsNote;
    QLabel* m_message;
};
