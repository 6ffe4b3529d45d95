// The OCR page: drop product images or a folder (or use Open), the images are read by a worker process
// (ui/ocr/ocr_worker.h) with progress and Cancel, each image listed as soon as it is read; the selected image shows
// its word boxes coloured by confidence with zoom and pan, its text (copyable), orientation and attributes; results
// export as CSV or JSON and every job is kept in the store. A stored job (History) reopens on the engine thread.
#pragma once

#include "engine/core/progress.h"
#include "engine/ocr/types.h"

#include <QImage>
#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace tern::ui {

class EngineController;
class OcrImageView;
class OcrWorker;

class OcrPage : public QWidget {
    Q_OBJECT
  public:
    // The engine controller is the main window's (found among the parent's children when not given).
    explicit OcrPage(QWidget* parent = nullptr, EngineController* engine = nullptr);

    const std::vector<tern::ocr::OcrResult>& results() const { return m_results; }
    bool isRunning() const;
    QString statusText() const;
    // The `tern-cli` that reads the images (default: the one next to this executable).
    void setWorkerProgram(const QString& program) { m_workerProgram = program; }

  public slots:
    void readPaths(const QStringList& paths);
    // Shows a stored job's results again (History), read on the engine thread; the images are not re-read.
    void openStoredJob(const QString& databasePath, qint64 jobId);
    void openFilesDialog();
    void openFolderDialog();
    void cancel();
    void copyText();
    void exportCsv();
    void exportJson();

  signals:
    void finished(int images, int failed);
    void statusMessage(const QString& text);

  protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    struct Batch {
        std::vector<tern::ocr::OcrResult> results;
        std::vector<QImage> thumbnails;
    };
    static Batch loadStoredJob(const QString& databasePath, qint64 jobId);
    QString dropHint() const; // the empty image view's placeholder
    void submit(const QString& title, std::function<Batch(const tern::JobControl&)> work);
    void showBatch(Batch&& batch);
    void stopReading();
    void clearResults();
    void addResult(tern::ocr::OcrResult&& result, const QImage& thumbnail);
    void loadThumbnailLater(int row, const QString& file);
    void onResultRead(const tern::ocr::OcrResult& result, double progress);
    void onReadingFinished(bool cancelled, const QString& error);
    void showSummary(bool cancelled);
    void showSelected();
    void setRunning(quint64 job);
    void setBusy(bool busy);
    EngineController* controller();

    EngineController* m_engine;
    bool m_connected = false;
    quint64 m_job = 0;             // the engine job that opens a stored job, 0 if none
    OcrWorker* m_worker = nullptr; // the process reading images, null if none
    QString m_workerProgram;
    QString m_warning; // the worker's store warning, shown with the summary
    std::vector<tern::ocr::OcrResult> m_results;
    int m_listGeneration = 0; // bumped when the list is cleared: late thumbnails of an older list are dropped
    QListWidget* m_list;
    OcrImageView* m_view;
    QPlainTextEdit* m_text;
    QPlainTextEdit* m_attributes;
    QLabel* m_summary;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_copy;
    QPushButton* m_exportCsv;
    QPushButton* m_exportJson;
};

} // namespace tern::ui
