// The History page: the runs of the store, newest first, read through the GUI's own read-only connection.
// Double-clicking (or "Open") a run reopens it on the Leaderboard page.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace tern::ui {

class RunListModel;

class HistoryPage : public QWidget {
    Q_OBJECT
  public:
    explicit HistoryPage(QWidget* parent = nullptr);

    void setDatabasePath(const QString& path) { m_databasePath = path; }
    RunListModel* model() const { return m_model; }

  public slots:
    void refresh();
    void openRow(int row);

  signals:
    void openRun(const QString& databasePath, qint64 runId);

  protected:
    void showEvent(QShowEvent* event) override; // re-reads the store whenever the page is shown

  private:
    QString m_databasePath;
    RunListModel* m_model;
    QLabel* m_message;
    QTableView* m_view;
};

} // namespace tern::ui
