#include "ui/pages/leaderboard_page.h"

#include "engine/store/store.h"
#include "ui/models/candidate_details_text.h"
#include "ui/models/candidate_table_model.h"
#include "ui/models/family_labels.h"
#include "ui/models/run_metric.h"
#include "ui/models/score_timeline.h"
#include "ui/models/status_labels.h"
#include "ui/pages/candidate_results_panel.h"
#include "ui/plots/accuracy_latency_plot.h"
#include "ui/plots/point_marker.h"
#include "ui/plots/score_timeline_plot.h"
#include "ui/run/validation_label.h"
#include "ui/widgets/text_tone.h"
#include "ui/widgets/themed_icon.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace tern::ui {

LeaderboardPage::LeaderboardPage(QWidget* parent)
    : QWidget(parent), m_model(new CandidateTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_title(new QLabel(tr("No run yet: start one on the Run page or reopen one from History."), this)),
      m_choice(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_export(new QPushButton(themedIcon(QStringLiteral("export")), tr("&Export…"), this)),
      m_view(new QTreeView(this)), m_candidateTabs(new QTabWidget(this)), m_results(new CandidateResultsPanel(this)),
      m_details(new QPlainTextEdit(this)), m_runTabs(new QTabWidget(this)), m_plot(new AccuracyLatencyPlot(this)),
      m_timeline(new ScoreTimelinePlot(this)), m_plotMarker(new PointMarker(m_plot)),
      m_timelineMarker(new PointMarker(m_timeline))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CandidateTableModel::SortRole);
    m_proxy->setFilterRole(CandidateTableModel::FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);       // family and status (and every other column) match the filter text
    m_proxy->setAutoAcceptChildRows(true); // a shown candidate keeps its precision variants
    m_filter->setObjectName(QStringLiteral("candidateFilter"));
    m_filter->setPlaceholderText(tr("Filter by family or status…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    // A blank table read as "no candidates" when it meant "none matches the filter".
    m_noMatch = new QLabel(tr("No candidate matches the filter."), this);
    m_noMatch->setObjectName(QStringLiteral("noMatch"));
    setTextTone(m_noMatch, TextTone::Warning);
    m_noMatch->hide();
    const auto updateNoMatch = [this] {
        m_noMatch->setVisible(!m_filter->text().isEmpty() && m_model->rowCount() > 0 && m_proxy->rowCount() == 0);
    };
    connect(m_filter, &QLineEdit::textChanged, this, updateNoMatch); // after the proxy has filtered
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateNoMatch);

    // A tree, so that rows the model nests under a candidate (its precision variants) stay beneath it.
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CandidateTableModel::Score, Qt::DescendingOrder); // a leaderboard: the best first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    // The last metric column keeps its width: stretched, its values sat far to the right of its title.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A first click on a column shows its best values first (the highest score, the shortest latency); the next
    // click reverses as usual.
    connect(m_view->header(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (section == m_sortSection)
            return;
        m_sortSection = section;
        if (const Qt::SortOrder best = m_model->bestFirst(section); order != best)
            m_view->header()->setSortIndicator(section, best);
    });
    m_view->setColumnHidden(CandidateTableModel::Std, true); // shown inside the score column
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showDetails(); });

    m_export->setEnabled(false);
    m_export->setToolTip(tr("Export the selected candidate in fp32, bf16, int8 or ternary precision"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedCandidate(); id > 0 && m_runId > 0)
            emit exportRequested(m_databasePath, m_runId, id);
    });

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true); // a long file or target name would otherwise set the window's minimum width
    // The star on a row below the top one puzzled: the reason is said where the star is seen, not in a tooltip.
    m_choice->setObjectName(QStringLiteral("choiceNote"));
    m_choice->setWordWrap(true);
    setTextTone(m_choice, TextTone::Muted);
    m_choice->hide();

    connect(m_plot, &AccuracyLatencyPlot::candidateClicked, this, &LeaderboardPage::selectCandidate);
    connect(m_timeline, &ScoreTimelinePlot::candidateClicked, this, &LeaderboardPage::selectCandidate);
    connect(m_results, &CandidateResultsPanel::candidateUpdated, this, &LeaderboardPage::addCandidate);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(createLowerPart());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_choice);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_noMatch);
    tools->addWidget(m_export);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
}

QWidget* LeaderboardPage::createLowerPart()
{
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a candidate to see its parameters and per-fold scores."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_details->setFont(mono);
    m_candidateTabs->addTab(m_results, tr("Predictions and importance"));
    m_candidateTabs->addTab(m_details, tr("Parameters and scores"));
    m_runTabs->addTab(m_plot, tr("Score vs latency")); // R² or any metric, not only accuracy
    m_runTabs->addTab(m_timeline, tr("Best score over time"));

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_candidateTabs);
    lower->addWidget(m_runTabs);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setSizes({540, 460}); // the latency plot's legend needs the width
    return lower;
}

void LeaderboardPage::setEngine(EngineController* engine, const QString& databasePath)
{
    m_engine = engine;
    m_databasePath = databasePath;
    m_results->setEngine(engine);
    m_results->setDatabasePath(databasePath);
}

void LeaderboardPage::setInspectionEngines(EngineController* inspector, EngineController* background)
{
    m_results->setInspectionEngines(inspector, background);
}

void LeaderboardPage::showRunPlot(int index)
{
    m_runTabs->setCurrentIndex(index);
}

void LeaderboardPage::clearRun()
{
    // Importance of a candidate of the run being left is no longer wanted (nor is its CPU, beside a new run).
    m_results->cancelImportance();
    m_model->clear();
    m_plot->clearCandidates();
    m_timeline->clearCandidates();
    m_title->setToolTip({});
    m_choice->clear();
    m_choice->hide();
    m_details->clear();
    m_results->clear();
    updateMarkers(nullptr);
    m_plot->setLatencyBudget(0); // the last run's budget line must not stay
    m_plot->setMetricName(QString());
    m_timeline->setMetricName(QString());
}

void LeaderboardPage::sortBestFirst()
{
    m_view->sortByColumn(CandidateTableModel::Score, m_model->bestFirst(CandidateTableModel::Score));
}

void LeaderboardPage::describeRun(const store::RunRecord& run)
{
    // A custom expression names the axis only while it is short; a long one would crowd out the plot.
    QString metric = metricLabel(run.metric);
    if (run.metric == "custom")
        metric = run.metric_expr.size() <= 24 ? QString::fromStdString(run.metric_expr) : tr("custom metric");
    m_plot->setMetricName(metric);
    m_timeline->setMetricName(metric);
    m_plot->setLatencyBudget(run.spec.value("latency_budget_us", 0.0));
    const bool maximize = metricMaximizes(run);
    m_plot->setMaximize(maximize);
    m_timeline->setMaximize(maximize);
    m_model->setMaximize(maximize);
}

void LeaderboardPage::startRun(qint64 runId)
{
    clearRun();
    m_runId = runId;
    m_results->setDatabasePath(m_databasePath);
    m_title->setText(tr("Run %1 (in progress)").arg(runId));
    // The common direction until the run's row says otherwise (a store that cannot be read here keeps it).
    m_plot->setMaximize(true);
    m_timeline->setMaximize(true);
    m_model->setMaximize(true);
    try { // the run's metric and its direction; the run row exists once it started
        if (!m_databasePath.isEmpty()) {
            const auto store = store::Store::open(m_databasePath.toStdString(), store::OpenMode::read_only);
            const auto run = store.load_run(runId);
            describeRun(run);
            m_title->setText(m_title->text() + QStringLiteral(" · ") + validationLabel(run.spec));
            noteSetAside(run);
        }
    } catch (const std::exception&) {
        // A store that cannot be read here leaves the common direction; the table itself does not need it.
    }
    sortBestFirst();
}

void LeaderboardPage::addCandidate(const search::CandidateResult& result)
{
    m_model->addCandidate(result);
    m_plot->addCandidate(result);
    m_timeline->addCandidate(result);
    if (result.id == selectedCandidate())
        showDetails(); // an update of the selected candidate (refit, importance): show what is new
}

bool LeaderboardPage::showStoredRun(const QString& databasePath, qint64 runId)
{
    return loadStoredRun(databasePath, runId).has_value();
}

std::optional<store::RunRecord> LeaderboardPage::loadStoredRun(const QString& databasePath, qint64 runId)
{
    try {
        const auto store = store::Store::open(databasePath.toStdString(), store::OpenMode::read_only);
        const auto run = store.load_run(runId);
        std::vector<search::CandidateResult> rows;
        for (const auto& record : store.load_candidates(runId))
            rows.push_back(search::CandidateResult::from_record(record));
        clearRun();
        m_runId = runId;
        m_results->setDatabasePath(databasePath);
        m_model->setCandidates(rows);
        describeRun(run);
        sortBestFirst();
        for (const auto& row : rows) {
            m_plot->addCandidate(row);
            m_timeline->addCandidate(row);
        }
        m_title->setText(tr("Run %1: %2 → %3 (%4, %5)")
                             .arg(runId)
                             .arg(QString::fromStdString(run.dataset_path).section(QLatin1Char('/'), -1),
                                  QString::fromStdString(run.target), metricLabel(run.metric),
                                  runStatusLabel(run.status)) +
                         QStringLiteral(" · ") + validationLabel(run.spec));
        noteSetAside(run);
        if (run.best_candidate) {
            m_model->setChosen(*run.best_candidate);
            m_choice->setText(m_model->choiceNote());
            m_choice->setVisible(!m_choice->text().isEmpty());
            selectCandidate(*run.best_candidate);
        }
        return run;
    } catch (const std::exception& e) {
        m_title->setText(tr("Cannot open run %1: %2").arg(runId).arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
}

// The columns no candidate learns from (keys, free text, constants), counted in the title and named with the
// reason in its tooltip: a user who counts fewer inputs than columns must find out why.
void LeaderboardPage::noteSetAside(const store::RunRecord& run)
{
    const auto listed =
        run.report.is_object() ? run.report.value("set_aside", nlohmann::json::array()) : nlohmann::json::array();
    if (!listed.is_array() || listed.empty())
        return;
    QStringList lines;
    for (const auto& s : listed)
        lines << tr("%1: %2").arg(QString::fromStdString(s.value("column", "")), setAsideLabel(s.value("reason", "")));
    m_title->setText(m_title->text() + QStringLiteral(" · ") +
                     tr("%n column(s) set aside", nullptr, static_cast<int>(listed.size())));
    m_title->setToolTip(tr("Set aside, not features:") + QStringLiteral("\n") + lines.join(QLatin1Char('\n')));
}

void LeaderboardPage::forgetRun(qint64 runId)
{
    if (runId != m_runId)
        return;
    clearRun();
    m_runId = 0;
    m_title->setText(tr("Run %1 was deleted.").arg(runId));
}

void LeaderboardPage::showEndedRun(const QString& databasePath, qint64 runId)
{
    const auto run = loadStoredRun(databasePath, runId);
    if (!run || run->status != "finished" || !run->best_candidate)
        return;
    const int row = m_model->rowOf(*run->best_candidate);
    if (row < 0 || selectedCandidate() != *run->best_candidate)
        return;
    const search::CandidateResult& c = m_model->candidate(row);
    if (c.status == "ok" && !c.details.contains("importance"))
        m_results->computeImportance();
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

qint64 LeaderboardPage::selectedCandidate() const
{
    QModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
    if (source.parent().isValid()) // a row nested under a candidate belongs to it
        source = source.parent();
    return source.isValid() ? m_model->candidate(source.row()).id : 0;
}

void LeaderboardPage::updateMarkers(const search::CandidateResult* r)
{
    std::optional<QPointF> onPlot, onTimeline;
    if (r && r->status == "ok" && r->score && r->latency_us_p50 && *r->latency_us_p50 > 0)
        onPlot = QPointF(*r->latency_us_p50, *r->score);
    if (r)
        for (const auto& p : m_timeline->timeline().points)
            if (p.id == r->id)
                onTimeline = QPointF(p.seconds, p.score);
    m_plotMarker->setPoint(onPlot);
    m_timelineMarker->setPoint(onTimeline);
}

void LeaderboardPage::showDetails()
{
    const int row = m_model->rowOf(selectedCandidate());
    m_export->setEnabled(row >= 0 && m_runId > 0 && m_model->candidate(row).status == "ok");
    if (row < 0) {
        m_details->clear();
        m_results->clear();
        updateMarkers(nullptr);
        return;
    }
    const auto& r = m_model->candidate(row);
    QString details = candidateDetailsText(r, [this](std::int64_t id) {
        const int member = m_model->rowOf(id);
        return member >= 0 ? familyLabel(m_model->candidate(member).family) : QString();
    });
    updateMarkers(&r);
    // A precision variant's row: its own point on the plot; what was measured of it only for the variant (score,
    // latency, size), so the predictions and importance shown are its fp32 model's, and the text says so.
    if (const PrecisionVariant* v = m_model->variant(m_proxy->mapToSource(m_view->currentIndex()))) {
        if (v->score && v->latencyUs && *v->latencyUs > 0)
            m_plotMarker->setPoint(QPointF(*v->latencyUs, *v->score));
        details = tr("%1 variant of #%2: its score and latency were measured; the predictions and importance "
                     "shown are the fp32 model's.")
                      .arg(variantLabel(*v))
                      .arg(r.id) +
                  QStringLiteral("\n\n") + details;
    }
    m_details->setPlainText(details);
    m_results->showCandidate(m_runId, r);
    emit candidateSelected(r.id);
}

} // namespace tern::ui
