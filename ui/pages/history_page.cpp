#include "ui/pages/history_page.h"

#include "ui/models/run_list_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tern::ui {

HistoryPage::HistoryPage(QWidget* parent)
    : QWidget(parent), m_model(new RunListModel(this)), m_message(new QLabel(this)), m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openRow(index.row()); });

    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    auto* openButton = new QPushButton(tr("&Open on the Leaderboard"), this);
    connect(refreshButton, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(openButton, &QPushButton::clicked, this, [this] { openRow(m_view->currentIndex().row()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(refreshButton);
    buttons->addWidget(openButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
}

void HistoryPage::refresh()
{
    const QString error = m_model->reload(m_databasePath);
    m_message->setText(!error.isEmpty()             ? tr("Cannot read the store: %1").arg(error)
                       : m_model->rowCount() == 0 ? tr("No runs yet.")
                                                  : tr("%n run(s), newest first.", nullptr, m_model->rowCount()));
}

void HistoryPage::openRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        emit openRun(m_databasePath, m_model->runId(row));
}

void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace tern::ui
