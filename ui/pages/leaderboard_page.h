// The Leaderboard page: every candidate of a run with its scores and costs, live while the run goes on, sortable
// and filterable by family or status, titled with how the run validates (random folds or forward in time). Below
// the table, the selected candidate (its out-of-fold confusion matrix or residual plot, its feature importance, its
// parameters, per-fold scores and metrics or its error) beside the run's plots (accuracy against latency, best score
// over time), where the selected candidate is ringed; clicking a point selects its row. "Export…" hands the selected
// candidate to the Export page.
#pragma once

#include "engine/search/candidate.h"
#include "engine/store/records.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

namespace tern::store {
struct RunRecord;
} // namespace tern::store

namespace tern::ui {

class AccuracyLatencyPlot;
class CandidateResultsPanel;
class CandidateTableModel;
class EngineController;
class PointMarker;
class ScoreTimelinePlot;

class LeaderboardPage : public QWidget {
    Q_OBJECT
  public:
    explicit LeaderboardPage(QWidget* parent = nullptr);

    // Where the selected candidate's stored results are loaded from; without them only the table's data shows.
    void setEngine(EngineController* engine, const QString& databasePath);
    // Job runners beside the engine: the selected candidate's predictions load on `inspector` and its importance is
    // computed on `background`, so that both work while a run keeps the engine busy.
    void setInspectionEngines(EngineController* inspector, EngineController* background);

    CandidateTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    AccuracyLatencyPlot* plot() const { return m_plot; }
    ScoreTimelinePlot* timelinePlot() const { return m_timeline; }
    CandidateResultsPanel* resultsPanel() const { return m_results; }
    PointMarker* plotMarker() const { return m_plotMarker; }         // the selection on the latency plot
    PointMarker* timelineMarker() const { return m_timelineMarker; } // and on the timeline
    qint64 selectedCandidate() const;                                // 0 when none
    qint64 runId() const { return m_runId; }                         // the run shown, 0 when none
    void showRunPlot(int index);                                     // 0 score vs latency, 1 score over time

  public slots:
    void startRun(qint64 runId); // empties the table for a new run
    void addCandidate(const tern::search::CandidateResult& result);
    // Reads a stored run through a read-only connection; false (with a message in the title) when it cannot.
    bool showStoredRun(const QString& databasePath, qint64 runId);
    // A run of this session that just ended, shown from the store. A run computes its best's feature importance only
    // when its budget leaves time; when a finished run's best has none, it is computed now, beside anything new.
    void showEndedRun(const QString& databasePath, qint64 runId);
    void selectCandidate(qint64 id);
    void forgetRun(qint64 runId); // the run was deleted from the store: stop showing it, if shown

  signals:
    void candidateSelected(qint64 id);
    void exportRequested(const QString& databasePath, qint64 runId, qint64 candidateId);

  private:
    QWidget* createLowerPart();
    void clearRun();
    // Shows a stored run; nullopt, with a message in the title, when it cannot be read.
    std::optional<store::RunRecord> loadStoredRun(const QString& databasePath, qint64 runId);
    // Sorts by score, best first, in the direction of the run's metric (an RMSE's best is its lowest).
    void sortBestFirst();
    void describeRun(const store::RunRecord& run); // the plots' metric title and latency budget
    void noteSetAside(const store::RunRecord& run);
    void showDetails();
    void updateMarkers(const search::CandidateResult* candidate);

    EngineController* m_engine = nullptr;
    QString m_databasePath;
    qint64 m_runId = 0;
    int m_sortSection = 0; // the column sorted by: a click on another one sorts it best-first

    CandidateTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QLabel* m_choice; // why the chosen model is not the best-scored one, when it is not
    QLineEdit* m_filter;
    QLabel* m_noMatch; // beside the filter while it hides every candidate
    QPushButton* m_export;
    QTreeView* m_view;
    QTabWidget* m_candidateTabs;
    CandidateResultsPanel* m_results;
    QPlainTextEdit* m_details;
    QTabWidget* m_runTabs;
    AccuracyLatencyPlot* m_plot;
    ScoreTimelinePlot* m_timeline;
    PointMarker* m_plotMarker;
    PointMarker* m_timelineMarker;
};

} // namespace tern::ui
