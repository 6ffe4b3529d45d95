// The OCR page: drop product images or a folder (or use Open), the images are read on the engine thread with
// progress and Cancel; thumbnails list the results; the selected image shows its word boxes coloured by confidence
// with zoom and pan, its text (copyable), orientation and attributes; results export as CSV or JSON and every job
// is kept in the store.
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

class OcrPage : public QWidget {
    Q_OBJECT
  public:
    // The engine controller is the main window's (found among the parent's children when not given).
    explicit OcrPage(QWidget* parent = nullptr, EngineController* engine = nullptr);

    const std::vector<tern::ocr::OcrResult>& results() const { return m_results; }
    bool isRunning() const { return m_job != 0; }

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
        bool cancelled = false;
        QString warning;
    };
    static Batch runBatch(const QStringList& paths, const tern::JobControl& control);
    static Batch loadStoredJob(const QString& databasePath, qint64 jobId);
    void submit(const QString& title, std::function<Batch(const tern::JobControl&)> work);
    void showBatch(Batch&& batch);
    void showSelected();
    void setRunning(quint64 job);
    EngineController* controller();

    EngineController* m_engine;
    bool m_connected = false;
    quint64 m_job = 0;
    std::vector<tern::ocr::OcrResult> m_results;
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
