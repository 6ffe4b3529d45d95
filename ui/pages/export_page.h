// The Export page: pick a run and candidate (or arrive from the Leaderboard's "Export…"), compare what each
// precision costs it (score, latency, throughput, size, multiplies), move the ternary residual-fraction slider and
// watch that row change, then export the chosen precision to a folder and open it or predict with it.
#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QTableView;

namespace tern::store {
struct CandidateRecord;
}

namespace tern::ui {

class EngineController;
class ExportCandidatePicker;
class ExportJobPanel;
class MessageBanner;
class ResidualEvaluator;
class VariantTableModel;
class VariantTradeoffPlot;

class ExportPage : public QWidget {
    Q_OBJECT
  public:
    explicit ExportPage(EngineController* engine, QWidget* parent = nullptr);

    void setDatabasePath(const QString& path);
    VariantTableModel* model() const { return m_model; }
    ExportCandidatePicker* picker() const { return m_picker; }
    ExportJobPanel* jobPanel() const { return m_jobPanel; }
    ResidualEvaluator* evaluator() const { return m_evaluator; }
    QSlider* residualSlider() const { return m_slider; }
    VariantTradeoffPlot* plot() const { return m_plot; }
    MessageBanner* banner() const { return m_banner; }
    double residualFraction() const;

    // Families whose weights are dense layers: the only ones with bf16, int8 and ternary variants.
    static bool isQuantisable(const QString& family);

  public slots:
    // Shows candidate `candidate` of run `runId` from that store; false (with a message) when it is not there.
    bool openCandidate(const QString& databasePath, qint64 runId, qint64 candidate);
    // The candidate to show the next time the page is shown (candidate 0: the run's chosen one), as the Leaderboard
    // looks at it: reaching Export from the sidebar used to show the newest run instead.
    void preferCandidate(qint64 runId, qint64 candidate);
    void openPredictDialog(const QString& modelFolder = {});
    // Re-reads the store's runs (keeping the choice), then shows the preferred candidate if one is pending.
    void refresh();

  protected:
    void showEvent(QShowEvent* event) override; // re-reads the store: runs finish while the page is hidden

  private:
    void showCandidate();
    void onResidualChanged();
    void updateLiveNote();
    // A candidate whose precisions the search did not score (an ensemble with mlp or linear members) is measured on
    // the engine thread, but only once the page is seen: the page is filled at start-up, and a measurement then would
    // hold up the user's first run.
    void measureIfShown();
    QString fp32OnlyNote(const QString& family) const; // rich text, linking the run's best quantisable candidate
    // An ensemble with an MLP or linear member: exported in bf16, int8 or ternary those are quantised, the rest fp32.
    bool hasQuantisableMember(const store::CandidateRecord& ensemble) const;

    EngineController* m_engine;
    qint64 m_preferredRun = 0, m_preferredCandidate = 0; // preferCandidate, until the page is next shown
    MessageBanner* m_banner;
    ExportCandidatePicker* m_picker;
    QLabel* m_note;
    VariantTableModel* m_model;
    QTableView* m_table;
    QWidget* m_sliderRow; // the slider with its label and value: shown for quantisable candidates only
    QSlider* m_slider;
    QLabel* m_sliderValue;
    QLabel* m_evaluating;
    QLabel* m_liveNote;
    ExportJobPanel* m_jobPanel;
    ResidualEvaluator* m_evaluator;
    VariantTradeoffPlot* m_plot;
    double m_shownFraction = 1.0; // the residual fraction the ternary row currently shows
    bool m_measureWhenShown = false;
    QString m_shownKey;           // database, run, candidate and details shown: a re-read that changes none of
                                  // them keeps the table (and a live ternary value) as it is
};

} // namespace tern::ui
