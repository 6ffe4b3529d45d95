// What the leaderboard shows about its selected candidate's results: a confusion-matrix heat map (classification)
// or a predicted-vs-actual plot (regression) from the candidate's stored out-of-fold predictions, and its
// permutation feature importance as bars. The predictions (and the run's labels, read again from its data file)
// are loaded by a job on the inspector (a job runner of its own, reading through its own read-only connection), so
// a candidate shows at once even while a run keeps the engine busy; the importance of a candidate that has none yet
// can be computed on the background runner at lowered priority (cancellable), and is stored with the candidate.
// Without those runners both kinds of job go to the engine and wait for it.
#pragma once

#include "engine/search/candidate.h"

#include <QList>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace tern::search {
struct TargetData;
struct StoredPredictions;
} // namespace tern::search

namespace tern::ui {

class ConfusionMatrixModel;
class ConfusionMatrixPlot;
class EngineController;
class ImportancePlot;
class ResidualPlot;

class CandidateResultsPanel : public QWidget {
    Q_OBJECT
  public:
    explicit CandidateResultsPanel(QWidget* parent = nullptr);
    ~CandidateResultsPanel() override;

    void setEngine(EngineController* engine); // runs everything unless the next two are set
    // Where predictions load (inspector) and importance is computed (background); null falls back to the engine.
    void setInspectionEngines(EngineController* inspector, EngineController* background);
    void setDatabasePath(const QString& path);

    ConfusionMatrixModel* confusionModel() const { return m_confusion; }
    ConfusionMatrixPlot* confusionPlot() const { return m_confusionPlot; }
    ResidualPlot* residualPlot() const { return m_residualPlot; }
    ImportancePlot* importancePlot() const { return m_importancePlot; }
    QString predictionsMessage() const; // what stands in for the predictions plot, empty while a plot shows
    bool isLoading() const { return m_loadJob != 0; }
    bool isComputingImportance() const { return m_explainJob != 0; }

  public slots:
    void clear();
    void showCandidate(qint64 runId, const tern::search::CandidateResult& candidate);
    void computeImportance(); // of the candidate shown, on the background runner; replaces one still computing
    void cancelImportance();

  signals:
    void predictionsLoaded();                                           // shown, or replaced by a message
    void candidateUpdated(const tern::search::CandidateResult& result); // its importance was computed

  private:
    struct Loaded;
    void loadPredictions();
    void showPredictions(search::StoredPredictions& predictions);
    void setPredictionsMessage(const QString& text);
    void showImportance();
    EngineController* reader() const { return m_inspector ? m_inspector : m_engine; }
    EngineController* explainer() const { return m_background ? m_background : m_engine; }
    void watch(EngineController* engine);
    void onJobFailed(EngineController* from, quint64 id, const QString& message);
    void onJobCancelled(EngineController* from, quint64 id);

    EngineController* m_engine = nullptr;
    EngineController* m_inspector = nullptr;
    EngineController* m_background = nullptr;
    QList<EngineController*> m_watched; // whose jobFailed/jobCancelled reach this panel
    QString m_databasePath;
    qint64 m_runId = 0;
    std::unique_ptr<search::CandidateResult> m_candidate;
    // The run's labels, kept while candidates of the same run are shown (reading the data again is the slow part).
    std::shared_ptr<const search::TargetData> m_target;
    qint64 m_targetRun = 0;
    QString m_targetDatabase;
    quint64 m_loadJob = 0, m_explainJob = 0;
    qint64 m_explainRun = 0, m_explainCandidate = 0; // what m_explainJob computes
    quint64 m_explainGeneration = 0;                 // tells a replaced job's late result from the current one's

    ConfusionMatrixModel* m_confusion;
    QStackedWidget* m_predictions;
    QLabel* m_predictionsNote;
    QComboBox* m_cellText;
    ConfusionMatrixPlot* m_confusionPlot;
    ResidualPlot* m_residualPlot;
    ImportancePlot* m_importancePlot;
    QPushButton* m_explain;
};

} // namespace tern::ui
