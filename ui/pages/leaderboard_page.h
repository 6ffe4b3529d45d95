// The Leaderboard page: every candidate of a run with its scores and costs, live while the run goes on, sortable
// and filterable by family or status; the selected candidate's parameters, per-fold scores and metrics (or its
// error) below the table.
#pragma once

#include "engine/search/candidate.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace tern::ui {

class AccuracyLatencyPlot;
class CandidateTableModel;

class LeaderboardPage : public QWidget {
    Q_OBJECT
  public:
    explicit LeaderboardPage(QWidget* parent = nullptr);

    CandidateTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    AccuracyLatencyPlot* plot() const { return m_plot; }

  public slots:
    void startRun(qint64 runId);                                  // empties the table for a new run
    void addCandidate(const tern::search::CandidateResult& result);
    // Reads a stored run through a read-only connection; false (with a message in the title) when it cannot.
    bool showStoredRun(const QString& databasePath, qint64 runId);
    void selectCandidate(qint64 id);

  signals:
    void candidateSelected(qint64 id);

  private:
    void showDetails();

    CandidateTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QLineEdit* m_filter;
    QTableView* m_view;
    QPlainTextEdit* m_details;
    AccuracyLatencyPlot* m_plot;
};

} // namespace tern::ui
