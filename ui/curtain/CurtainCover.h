#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

// What the privacy curtain shows in one window: "Clients' data is hidden", why, and "Show". It
// covers the whole window it is a child of and follows its size. What it covers is hidden, not only
// painted over, so screen readers and window previews see nothing of it either; it comes back as
// it was, with everything typed in it, when the cover is taken away. What it hides keeps its room,
// so a window that sizes itself from its contents (a message box opening under the curtain) does
// not shrink to a box too small to show the cover.
class CurtainCover : public QWidget
{
    Q_OBJECT

public:
    explicit CurtainCover(QWidget& window);

    void setReason(const QString& reason);
    // The window's title while it is covered, instead of its own (which may name a client or an
    // appointment, and is seen in the task bar and when switching windows); its own comes back
    // with uncover(). Empty (the default): the window keeps its title.
    void setCoveredTitle(const QString& title);
    // Hides the given widgets of the window (those visible now) and covers the window.
    void cover(const QList<QWidget*>& content);
    // Shows what cover() hid, hides itself, and gives the keyboard back to where it was (or, in a
    // window covered as it opened, to its first field or default button).
    void uncover();

Q_SIGNALS:
    void showRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void focusFirstField();

    QWidget& m_window;
    QLabel* m_reason;
    QPushButton* m_show;
    struct Hidden
    {
        QPointer<QWidget> widget;
        bool retainedSizeBefore;
    };
    QList<Hidden> m_hidden;
    QPointer<QWidget> m_focusBefore;
    QString m_coveredTitle;
    QString m_titleBefore;
};
