#include "ui/pages/leaderboard_page.h"

#include "engine/store/store.h"
#include "ui/models/candidate_table_model.h"
#include "ui/plots/accuracy_latency_plot.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tern::ui {

LeaderboardPage::LeaderboardPage(QWidget* parent)
    : QWidget(parent), m_model(new CandidateTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_title(new QLabel(tr("No run yet: start one on the Run page or reopen one from History."), this)),
      m_filter(new QLineEdit(this)), m_view(new QTableView(this)), m_details(new QPlainTextEdit(this)),
      m_plot(new AccuracyLatencyPlot(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CandidateTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // family and status (and every other column) match the filter text
    m_filter->setPlaceholderText(tr("Filter by family or status…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CandidateTableModel::Ordinal, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setColumnHidden(CandidateTableModel::Std, true); // shown inside the score column
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showDetails(); });

    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a candidate to see its parameters and per-fold scores."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_details->setFont(mono);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    connect(m_plot, &AccuracyLatencyPlot::candidateClicked, this, &LeaderboardPage::selectCandidate);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_details);
    lower->addWidget(m_plot);
    lower->setStretchFactor(1, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    lower->setSizes({300, 700});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
}

void LeaderboardPage::startRun(qint64 runId)
{
    m_model->clear();
    m_plot->clearCandidates();
    m_details->clear();
    m_title->setText(tr("Run %1 (in progress)").arg(runId));
}

void LeaderboardPage::addCandidate(const search::CandidateResult& result)
{
    m_model->addCandidate(result);
    m_plot->addCandidate(result);
}

bool LeaderboardPage::showStoredRun(const QString& databasePath, qint64 runId)
{
    try {
        const auto store = store::Store::open(databasePath.toStdString(), store::OpenMode::read_only);
        const auto run = store.load_run(runId);
        std::vector<search::CandidateResult> rows;
        for (const auto& record : store.load_candidates(runId))
            rows.push_back(search::CandidateResult::from_record(record));
        m_model->setCandidates(rows);
        m_plot->clearCandidates();
        m_plot->setLatencyBudget(run.spec.value("latency_budget_us", 0.0));
        for (const auto& row : rows)
            m_plot->addCandidate(row);
        m_details->clear();
        m_title->setText(tr("Run %1: %2 → %3 (%4, %5)")
                             .arg(runId)
                             .arg(QString::fromStdString(run.dataset_path).section(QLatin1Char('/'), -1),
                                  QString::fromStdString(run.target), QString::fromStdString(run.metric),
                                  QString::fromStdString(run.status)));
        if (run.best_candidate)
            selectCandidate(*run.best_candidate);
        return true;
    } catch (const std::exception& e) {
        m_title->setText(tr("Cannot open run %1: %2").arg(runId).arg(QString::fromUtf8(e.what())));
        return false;
    }
}

void LeaderboardPage::selectCandidate(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void LeaderboardPage::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const auto& r = m_model->candidate(current.row());
    QStringList lines;
    lines << tr("Candidate #%1 — %2 (%3)").arg(r.id).arg(QString::fromStdString(r.family),
                                                       QString::fromStdString(r.status));
    if (!r.error.empty())
        lines << tr("Error: %1").arg(QString::fromStdString(r.error));
    QStringList folds;
    for (double s : r.fold_scores)
        folds << QString::number(s, 'f', 4);
    if (!folds.isEmpty())
        lines << tr("Fold scores: %1").arg(folds.join(QStringLiteral(", ")));
    lines << tr("Parameters: %1").arg(QString::fromStdString(r.params.dump(2)));
    if (!r.metrics.empty())
        lines << tr("Metrics: %1").arg(QString::fromStdString(r.metrics.dump(2)));
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    emit candidateSelected(r.id);
}

} // namespace tern::ui
