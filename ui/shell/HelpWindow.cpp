#include "ui/shell/HelpWindow.h"

#include "ui/common/ScreenRoom.h"
#include "ui/common/WrappingRows.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpWindow::HelpWindow(const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_topics(HelpPages::load(language))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_page(new QTextBrowser(this))
{
    setWindowTitle(tr("Vieraugen Help"));
    setObjectName(QStringLiteral("helpWindow"));
    m_search->setObjectName(QStringLiteral("search"));
    m_list->setObjectName(QStringLiteral("topics"));
    m_page->setObjectName(QStringLiteral("page"));
    m_search->setPlaceholderText(tr("Search help"));
    // A placeholder is no name: a screen reader said only "text" here.
    m_search->setAccessibleName(tr("Search help"));
    m_list->setAccessibleName(tr("Help topics"));
    m_page->setAccessibleName(tr("Help text"));
    m_search->setClearButtonEnabled(true);
    m_list->setMaximumWidth(260);
    WrappingRows::applyTo(m_list);
    m_page->setOpenExternalLinks(true);

    auto* left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_list, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(m_page, 1);
    ScreenRoom::resize(this, QSize(900, 600));

    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, &HelpWindow::show);
    filter({});
}

void HelpWindow::filter(const QString& text)
{
    m_shown = HelpPages::search(m_topics, text);
    m_list->clear();
    for (const HelpPages::Topic& topic : std::as_const(m_shown))
        m_list->addItem(topic.title);
    if (!m_shown.isEmpty())
        m_list->setCurrentRow(0);
    else
        m_page->setPlainText(tr("Nothing found for \"%1\".").arg(text));
}

void HelpWindow::show(int row)
{
    if (row >= 0 && row < m_shown.size())
        m_page->setMarkdown(m_shown.at(row).markdown);
}

void HelpWindow::showTopic(const QString& id)
{
    m_search->clear();
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == id)
            m_list->setCurrentRow(row);
    }
    QDialog::show();
    raise();
    activateWindow();
}

QString HelpWindow::currentTopic() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_shown.size() ? m_shown.at(row).id : QString();
}
