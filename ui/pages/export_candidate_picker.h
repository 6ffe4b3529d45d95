// The Export page's chooser: a run of the store, then one of its candidates that finished (with family and score).
// Reads the store through its own read-only connection, on the GUI thread (a few small rows per refresh).
#pragma once

#include "engine/store/records.h"

#include <QWidget>
#include <functional>
#include <vector>

class QComboBox;

namespace tern::ui {

class ExportCandidatePicker : public QWidget {
    Q_OBJECT
  public:
    explicit ExportCandidatePicker(QWidget* parent = nullptr);

    void setDatabasePath(const QString& path);
    QString databasePath() const { return m_databasePath; }
    qint64 runId() const;
    const std::string& metric() const { return m_metric; } // the chosen run's
    // The chosen candidate, nullptr when none.
    const store::CandidateRecord* candidate() const;
    // The best-scoring finished candidate of the chosen run that `accept` takes (the run metric's direction),
    // nullptr when there is none.
    const store::CandidateRecord* bestWhere(const std::function<bool(const store::CandidateRecord&)>& accept) const;

  public slots:
    void refresh();                              // re-reads the runs, keeping the choice when it still exists
    bool select(qint64 runId, qint64 candidate); // false when the store has no such run or candidate

  signals:
    void candidateChanged();
    void errorOccurred(const QString& message);

  private:
    void loadCandidates(qint64 preferred);

    QString m_databasePath;
    QComboBox* m_runs;
    QComboBox* m_candidates;
    std::vector<store::CandidateRecord> m_records; // the chosen run's finished candidates, in combo order
    bool m_maximize = true;                        // the chosen run's metric is better larger
    std::string m_metric;                          // the chosen run's metric ("custom" for an expression)
};

} // namespace tern::ui
