// The History page: the runs and OCR jobs of the store, newest first, read through the GUI's own read-only
// connection. Double-clicking a run, pressing Enter on it or "Open" reopens it on the Leaderboard page, an OCR job
// on the OCR page. Start times show in local time, the stored UTC one as the tooltip. Runs sort by any column and
// filter by text; "Delete" (or the Delete key) removes a run with its candidates and models, or an OCR job with its
// results, after a confirmation.
#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace tern::store {
class Store;
}

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
    void openRow(int row); // a row of model(), whatever the view's sorting and filter
    void openOcrJobRow(int row);
    // Deletes run `runId` from the store after asking (confirm = false: without asking, for scripts and tests);
    // the store refuses a run still going. Returns the one-line error, empty on success.
    QString deleteRun(qint64 runId, bool confirm = true);
    // The same for an OCR job and its results.
    QString deleteOcrJob(qint64 jobId, bool confirm = true);
    int ocrJobCount() const;

  signals:
    void openRun(const QString& databasePath, qint64 runId);
    void openOcrJob(const QString& databasePath, qint64 jobId);
    void runDeleted(const QString& databasePath, qint64 runId);

  protected:
    void showEvent(QShowEvent* event) override; // re-reads the store whenever the page is shown

  private:
    bool confirmDelete(const QString& title, const QString& question); // true when the user chose Delete
    // Runs `erase` on the store, then gives the pages back and reloads; the one-line error ("<failure>: why"),
    // empty on success.
    QString eraseFromStore(const std::function<void(store::Store&)>& erase, const QString& failure,
                           const QString& done);
    void compactLater(); // the store gives deleted rows' pages back, off the event thread
    void reloadOcrJobs();
    void filterOcrJobs();       // hides the jobs whose texts do not hold the filter's
    void updateOpen();          // enabled while the tab shown has a selected row
    int selectedRunRow() const; // a row of model(), or -1
    void deleteSelectedRun();

    QString m_databasePath;
    RunListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QLineEdit* m_filter;
    QLabel* m_message;
    QTableView* m_view;
    QTableWidget* m_ocrJobs;
    QLineEdit* m_ocrFilter;
    QWidget* m_ocrTab; // the filter above the jobs
    QTabWidget* m_tabs;
    QPushButton* m_open;
    QPushButton* m_delete;
};

} // namespace tern::ui
