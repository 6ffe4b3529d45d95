#include "ui/pages/history_page.h"

#include "engine/store/store.h"
#include "ui/models/display_units.h"
#include "ui/models/run_list_model.h"
#include "ui/models/status_labels.h"
#include "ui/widgets/elastic_columns.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QScopeGuard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tern::ui {

namespace {

// A folder or file with its parent ("shelf_photos/images"): OCR jobs often read folders all named "images".
QString lastTwoParts(const QString& path)
{
    const QFileInfo info(path);
    const QString parent = info.dir().dirName();
    return parent.isEmpty() || parent == QLatin1String(".") ? info.fileName()
                                                            : parent + QLatin1Char('/') + info.fileName();
}

// A start time shown in the locale's format ("02/12/2026 11:55") but sorted by its UTC ISO text, which sorts as
// time does.
class StartedItem final : public QTableWidgetItem {
  public:
    StartedItem(const QString& shown, const std::string& iso) : QTableWidgetItem(shown), m_iso(iso) {}
    bool operator<(const QTableWidgetItem& other) const override
    {
        const auto* started = dynamic_cast<const StartedItem*>(&other);
        return started ? m_iso < started->m_iso : QTableWidgetItem::operator<(other);
    }

  private:
    std::string m_iso;
};

} // namespace

HistoryPage::HistoryPage(QWidget* parent)
    : QWidget(parent), m_model(new RunListModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_message(new QLabel(this)), m_view(new QTableView(this)),
      m_ocrJobs(new QTableWidget(0, 5, this)), m_ocrFilter(new QLineEdit(this)), m_ocrTab(new QWidget(this)),
      m_tabs(new QTabWidget(this)), m_open(new QPushButton(tr("&Open"), this)),
      m_delete(new QPushButton(tr("&Delete..."), this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RunListModel::SortRole);
    m_sorted->setFilterKeyColumn(-1); // any column
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("runsView"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunListModel::Run, Qt::DescendingOrder); // newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Every column as wide as its contents; the dataset name takes the room left over, and with the other long texts
    // gives it up, elided, in a narrow window: the longest first, the validation scheme ("Random folds", a dozen
    // letters cut to "Ran…lds" when it went first) last.
    new ElasticColumns(m_view, RunListModel::Dataset,
                       {RunListModel::Dataset, RunListModel::BestModel, RunListModel::Target, RunListModel::Metric,
                        RunListModel::Validation});
    // activated: a double click, or Return/Enter on the current row.
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRow(m_sorted->mapToSource(index).row()); });
    new QShortcut(QKeySequence::Delete, m_view, this, &HistoryPage::deleteSelectedRun, Qt::WidgetShortcut);
    new QShortcut(QKeySequence::Delete, m_ocrJobs, this, &HistoryPage::deleteSelectedRun, Qt::WidgetShortcut);
    m_filter->setObjectName(QStringLiteral("runFilter"));
    m_filter->setPlaceholderText(tr("Filter runs by dataset, target, metric, status or model"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_sorted, &QSortFilterProxyModel::setFilterFixedString);

    m_ocrJobs->setHorizontalHeaderLabels({tr("Job"), tr("Started"), tr("Status"), tr("Images"), tr("Read from")});
    m_ocrJobs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ocrJobs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ocrJobs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ocrJobs->setAlternatingRowColors(true);
    m_ocrJobs->verticalHeader()->hide();
    m_ocrJobs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // a date on one line
    m_ocrJobs->horizontalHeader()->setStretchLastSection(true);
    connect(m_ocrJobs, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { openOcrJobRow(index.row()); });
    m_ocrJobs->setSortingEnabled(true);
    m_ocrJobs->sortByColumn(0, Qt::DescendingOrder); // newest first, as the runs
    m_ocrFilter->setObjectName(QStringLiteral("ocrFilter"));
    m_ocrFilter->setPlaceholderText(tr("Filter OCR jobs by status or file"));
    m_ocrFilter->setClearButtonEnabled(true);
    connect(m_ocrFilter, &QLineEdit::textChanged, this, &HistoryPage::filterOcrJobs);
    auto* ocrLayout = new QVBoxLayout(m_ocrTab);
    ocrLayout->setContentsMargins(0, 0, 0, 0);
    ocrLayout->addWidget(m_ocrFilter);
    ocrLayout->addWidget(m_ocrJobs, 1);
    m_tabs->addTab(m_ocrTab, tr("OCR jobs"));

    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    m_open->setToolTip(tr("Open the selected run on the Leaderboard, or the selected OCR job on its page "
                          "(or press Enter on it)"));
    connect(refreshButton, &QPushButton::clicked, this, &HistoryPage::refresh);
    // Open follows the selection of the tab shown: with nothing selected there is nothing to open.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPage::updateOpen);
    connect(m_ocrJobs->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPage::updateOpen);
    connect(m_tabs, &QTabWidget::currentChanged, this, &HistoryPage::updateOpen);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_tabs->currentWidget() == m_ocrTab)
            openOcrJobRow(m_ocrJobs->currentRow());
        else
            openRow(selectedRunRow());
    });
    m_delete->setToolTip(tr("Delete the selected run with its candidates and models, or the selected OCR job with its "
                            "results (or press Delete on it)"));
    connect(m_delete, &QPushButton::clicked, this, &HistoryPage::deleteSelectedRun);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(refreshButton);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_open);

    auto* runs = new QWidget(this);
    auto* runsLayout = new QVBoxLayout(runs);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runsLayout->addWidget(m_filter);
    runsLayout->addWidget(m_view, 1);
    m_tabs->insertTab(0, runs, tr("AutoML runs"));
    m_tabs->setCurrentIndex(0);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    updateOpen();
}

void HistoryPage::updateOpen()
{
    const bool runs = m_tabs->currentWidget() != m_ocrTab;
    const QItemSelectionModel* selection = runs ? m_view->selectionModel() : m_ocrJobs->selectionModel();
    m_open->setEnabled(selection->hasSelection());
    if (runs) {
        const int row = selectedRunRow();
        m_delete->setEnabled(row >= 0 && m_model->run(row).status != "running");
    } else {
        const int row = m_ocrJobs->currentRow();
        m_delete->setEnabled(selection->hasSelection() && row >= 0 &&
                             m_ocrJobs->item(row, 2)->data(Qt::UserRole).toString() != QLatin1String("running"));
    }
}

int HistoryPage::selectedRunRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_sorted->mapToSource(rows.first()).row();
}

void HistoryPage::deleteSelectedRun()
{
    if (m_tabs->currentWidget() == m_ocrTab) {
        const int job = m_ocrJobs->currentRow();
        if (job < 0 || !m_delete->isEnabled())
            return;
        const QString error = deleteOcrJob(m_ocrJobs->item(job, 0)->data(Qt::UserRole).toLongLong());
        if (!error.isEmpty())
            m_message->setText(error);
        return;
    }
    const int row = selectedRunRow();
    if (row < 0 || !m_delete->isEnabled()) // a run still going: the store would refuse it after the question
        return;
    const QString error = deleteRun(m_model->runId(row));
    if (!error.isEmpty())
        m_message->setText(error);
}

QString HistoryPage::deleteRun(qint64 runId, bool confirm)
{
    int row = -1;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->runId(r) == runId)
            row = r;
    if (row < 0)
        return tr("No run %1 in the store.").arg(runId);
    const auto& run = m_model->run(row);
    if (confirm) {
        const QString question =
            tr("Delete run %1 (%2, target %3) with its %n candidate(s), their models and predictions? This cannot be "
               "undone.",
               nullptr, int(run.candidate_count))
                .arg(runId)
                .arg(QFileInfo(QString::fromStdString(run.dataset_path)).fileName(),
                     QString::fromStdString(run.target));
        if (!confirmDelete(tr("Delete Run"), question))
            return {};
    }
    const QString error = eraseFromStore([runId](store::Store& store) { store.delete_run(runId); },
                                         tr("Could not delete run %1").arg(runId), tr("Deleted run %1.").arg(runId));
    if (error.isEmpty())
        emit runDeleted(m_databasePath, runId);
    return error;
}

void HistoryPage::refresh()
{
    const QString error = m_model->reload(m_databasePath);
    m_message->setText(!error.isEmpty()           ? tr("Cannot read the store: %1").arg(error)
                       : m_model->rowCount() == 0 ? tr("No runs yet.")
                                                  : tr("%n run(s), newest first.", nullptr, m_model->rowCount()));
    reloadOcrJobs();
    if (error.isEmpty())
        m_message->setText(m_message->text() + QLatin1Char(' ') + tr("%n OCR job(s).", nullptr, ocrJobCount()));
    updateOpen(); // a reset model has no selection left
}

void HistoryPage::filterOcrJobs()
{
    const QString wanted = m_ocrFilter->text().trimmed();
    for (int row = 0; row < m_ocrJobs->rowCount(); ++row) {
        bool shown = wanted.isEmpty();
        for (int column = 0; column < m_ocrJobs->columnCount() && !shown; ++column)
            if (const QTableWidgetItem* item = m_ocrJobs->item(row, column))
                shown = item->text().contains(wanted, Qt::CaseInsensitive) ||
                        item->toolTip().contains(wanted, Qt::CaseInsensitive); // every file the job read
        m_ocrJobs->setRowHidden(row, !shown);
    }
}

void HistoryPage::reloadOcrJobs()
{
    // Rows are filled unsorted (a sorted table moves a row while its cells are set), then sorted as the header says.
    m_ocrJobs->setSortingEnabled(false);
    const auto resort = qScopeGuard([this] {
        m_ocrJobs->setSortingEnabled(true);
        filterOcrJobs();
    });
    m_ocrJobs->setRowCount(0);
    if (m_databasePath.isEmpty() || !QFileInfo::exists(m_databasePath))
        return;
    try {
        const auto store = store::Store::open(m_databasePath.toStdString(), store::OpenMode::read_only);
        for (const auto& job : store.list_ocr_jobs()) {
            const int row = m_ocrJobs->rowCount();
            m_ocrJobs->insertRow(row);
            auto* id = new QTableWidgetItem;
            id->setData(Qt::DisplayRole, qlonglong(job.id)); // a number: job 10 sorts after job 9
            id->setData(Qt::UserRole, qlonglong(job.id));
            id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter); // numbers line up as on the runs tab
            m_ocrJobs->setItem(row, 0, id);
            auto* started = new StartedItem(localTimeText(job.started_at), job.started_at);
            started->setToolTip(QString::fromStdString(job.started_at));
            m_ocrJobs->setItem(row, 1, started);
            m_ocrJobs->setItem(row, 2, new QTableWidgetItem(runStatusLabel(job.status)));
            auto* images = new QTableWidgetItem;
            images->setData(Qt::DisplayRole, qlonglong(job.image_count));
            images->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ocrJobs->setItem(row, 3, images);
            // What the job was given: the first file or folder by name, the whole list as a tooltip.
            QStringList sources;
            for (const auto& s : job.sources)
                if (s.is_string())
                    sources << QString::fromStdString(s.get<std::string>());
            auto* from = new QTableWidgetItem(
                sources.isEmpty() ? QString()
                : sources.size() == 1
                    ? lastTwoParts(sources.first())
                    : tr("%1 and %n more", nullptr, int(sources.size() - 1)).arg(lastTwoParts(sources.first())));
            from->setToolTip(sources.join(QLatin1Char('\n')));
            m_ocrJobs->setItem(row, 4, from);
            m_ocrJobs->item(row, 2)->setData(Qt::UserRole, QString::fromStdString(job.status));
        }
    } catch (const std::exception& e) {
        m_message->setText(tr("Cannot read the store: %1").arg(QString::fromUtf8(e.what())));
    }
}

QString HistoryPage::deleteOcrJob(qint64 jobId, bool confirm)
{
    if (confirm && !confirmDelete(tr("Delete OCR Job"),
                                  tr("Delete OCR job %1 with its results? This cannot be undone.").arg(jobId)))
        return {};
    return eraseFromStore([jobId](store::Store& store) { store.delete_ocr_job(jobId); },
                          tr("Could not delete OCR job %1").arg(jobId), tr("Deleted OCR job %1.").arg(jobId));
}

bool HistoryPage::confirmDelete(const QString& title, const QString& question)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, this);
    const QAbstractButton* erase = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == erase;
}

QString HistoryPage::eraseFromStore(const std::function<void(store::Store&)>& erase, const QString& failure,
                                    const QString& done)
{
    try {
        auto store = store::Store::open(m_databasePath.toStdString(), store::OpenMode::read_write);
        erase(store);
        compactLater();
    } catch (const std::exception& e) {
        return failure + QStringLiteral(": ") + QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
    }
    refresh();
    m_message->setText(done + QLatin1Char(' ') + m_message->text());
    return {};
}

// Giving the freed pages back copies what is left of the file: off the event thread, and a store busy with another
// writer simply gives them back at a later delete.
void HistoryPage::compactLater()
{
    static_cast<void>(QtConcurrent::run([path = m_databasePath.toStdString()] {
        try {
            store::Store::open(path).compact_if_mostly_free();
        } catch (const std::exception&) {
        }
    }));
}

int HistoryPage::ocrJobCount() const
{
    return m_ocrJobs->rowCount();
}

void HistoryPage::openOcrJobRow(int row)
{
    if (row >= 0 && row < m_ocrJobs->rowCount())
        emit openOcrJob(m_databasePath, m_ocrJobs->item(row, 0)->data(Qt::UserRole).toLongLong());
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
