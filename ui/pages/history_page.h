// The History page: the runs and OCR jobs of the store, newest first, read through the GUI's own read-only
// connection. Double-clicking a run, pressing Enter on it or "Open" reopens it on the Leaderboard page, an OCR job
// on the OCR page. Start times show in local time, the stored UTC one as the tooltip.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

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
    void openOcrJobRow(int row);
    int ocrJobCount() const;

  signals:
    void openRun(const QString& databasePath, qint64 runId);
    void openOcrJob(const QString& databasePath, qint64 jobId);

  protected:
    void showEvent(QShowEvent* event) override; // re-reads the store whenever the page is shown

  private:
    void reloadOcrJobs();
    void updateOpen(); // enabled while the tab shown has a selected row

    QString m_databasePath;
    RunListModel* m_model;
    QLabel* m_message;
    QTableView* m_view;
    QTableWidget* m_ocrJobs;
    QTabWidget* m_tabs;
    QPushButton* m_open;
};

} // namespace tern::ui
