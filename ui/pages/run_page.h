// The Run page: configures an AutoML run on the loaded dataset (target, task, metric or custom expression, budget,
// families, latency budget, seed, candidate limit, validation by random folds or forward in time by a date column),
// starts it on the engine thread (unless the table is too small to validate: then Start says why and nothing
// starts), follows its progress (elapsed, remaining, best score so far, a log) and can cancel
// it (finished candidates are kept) or resume an interrupted run.
#pragma once

#include "engine/data/table.h"
#include "engine/search/candidate.h"
#include "engine/search/runner.h"
#include "ui/dataset.h"
#include "ui/run/imputation_dialog.h"

#include <QStringList>
#include <QWidget>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stop_token>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace tern::ui {

class EngineController;
class MetricChooser;
class RunObserverBridge;

class RunPage : public QWidget {
    Q_OBJECT
  public:
    // The role of a family item's code as the engine names it ("extra_trees"); the item shows its label.
    static constexpr int FamilyCodeRole = Qt::UserRole;

    explicit RunPage(EngineController* engine, QWidget* parent = nullptr);

    // `dateColumns`: the columns read as dates, offered for validation forward in time. The target: one chosen
    // before on this file, else the one kept from the previous data, else the suggestion, else the last column.
    void setDataset(const QString& path, const QStringList& columns, const QStringList& dateColumns = {},
                    const TargetSuggestion& target = {});
    // Its columns, the date ones among them; the table is kept to check a run's rows before it starts.
    void setTable(const QString& path, std::shared_ptr<const data::Table> table, const TargetSuggestion& target = {});
    // An image folder (one sub-folder per class): its target is the class, the engine reads the pixels.
    void setImageFolder(const QString& path);
    void setTarget(const QString& column);
    void setDatabasePath(const QString& path);
    QString databasePath() const { return m_databasePath; }
    void setBudgetSeconds(double seconds);
    void setMaxCandidates(int count);
    void setCustomExpression(const QString& expression); // selects "custom expression" and validates it
    // Per-column imputation (the Imputation dialog's choice); pins on columns without missing cells or on the
    // target are not sent.
    void setImputerPins(const ImputerPins& pins);
    QString imputationText() const; // the form's summary of the pins, as shown
    QString expressionError() const;                     // empty when the expression is valid
    QString startError() const;                          // why the last Start did not start; empty when it did
    QString remainingText() const;                       // the progress's "Remaining" time, as shown
    search::RunSpec spec() const;                        // the run the form describes
    bool isRunning() const { return m_job != 0; }
    qint64 currentRunId() const { return m_runId; }

    static QString defaultDatabasePath(); // $TERN_DB, else the user data folder's tern.db

  public slots:
    void startRun();
    void cancelRun();
    void resumeRun(qint64 runId); // continues a stored interrupted or cancelled run
    void resumeLatest();          // the newest interrupted or cancelled run of the store

  signals:
    void runStarted(qint64 runId);
    void candidateFinished(const tern::search::CandidateResult& result);
    void runEnded(qint64 runId, const QString& status); // finished | cancelled | failed
    void statusMessage(const QString& text);
    void targetChanged(const QString& column); // the user's choice, or the default a new table gets

  private:
    QWidget* createForm();
    QWidget* createMonitor();
    // The task a run would have: the one chosen, or the one the engine infers from the target; empty while unknown.
    std::optional<bool> regressionTask() const;
    void updateTaskChoices(); // the metrics and families of that task
    void updateFamilies();    // greys out the families the run's task cannot use
    void resetMonitor();      // progress, log and best of no run
    void fillValidation(const QStringList& dateColumns);
    void updateStart(); // Start: enabled with data, a valid metric and no run going
    void launch(const QString& title, std::function<search::RunOutcome(search::Observer&, std::stop_token)> work);
    void onProgress(const search::Progress& progress);
    QString scoreText(double score) const; // the run's metric and the score: "Balanced accuracy 0.6142"
    void appendLog(const QString& line);
    void setRunning(bool running);
    void endRun(qint64 runId, const QString& status);
    void updateImputation();           // the summary button, after a new table, target or pins
    void editImputation();             // the Imputation dialog
    QString startRefusal() const; // why the form's run cannot start on the kept table; empty when it can
    void showStartError(const QString& text);
    void updateResume();               // enabled only with a run to continue
    qint64 latestResumableRun() const; // the newest interrupted or cancelled run of the store, 0 when none

    EngineController* m_engine;
    RunObserverBridge* m_bridge;
    QString m_dataPath;
    std::shared_ptr<const data::Table> m_table; // the loaded table, when the Data page gave one
    bool m_images = false;                      // the data is an image folder: a classification
    QString m_databasePath;
    quint64 m_job = 0;
    qint64 m_runId = 0;

    QLabel* m_dataLabel;
    QComboBox* m_target;
    QComboBox* m_task;
    MetricChooser* m_metric;
    QComboBox* m_validation;
    QSpinBox* m_folds;
    QDoubleSpinBox* m_budget;
    QListWidget* m_families;
    QPushButton* m_imputation;
    ImputerPins m_pins;
    QDoubleSpinBox* m_latency;
    QSpinBox* m_seed;
    QSpinBox* m_maxCandidates;
    QCheckBox* m_refit;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_resume;
    QLabel* m_startError;
    QProgressBar* m_progress;
    QLabel* m_elapsed;
    QLabel* m_remaining;
    QLabel* m_best;
    QLabel* m_bestCaption;                // "Best so far:" during a run, "Chosen model:" after it
    std::map<qint64, QString> m_finished; // this run's candidates: "#18 ensemble · Balanced accuracy 0.7000"
    QString m_runMetric;                  // the run's metric as the user reads it ("Balanced accuracy")
    QLabel* m_candidates;
    QPlainTextEdit* m_log;
};

} // namespace tern::ui
