// The Data page: takes a table file or an image folder (drag and drop, File > Open, recent files), loads it on the
// engine thread with progress and Cancel, and shows it. A failed load shows a one-line error banner and keeps the
// data that was there before.
#pragma once

#include "ui/dataset.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace tern::ui {

class DropHint;
class EngineController;
class ImageFolderPanel;
class MessageBanner;
class TablePanel;

class DataPage : public QWidget {
    Q_OBJECT
  public:
    explicit DataPage(EngineController* engine, QWidget* parent = nullptr);

    const Dataset& dataset() const { return m_dataset; }
    bool isLoading() const { return m_loadJob != 0; }

    TablePanel* tablePanel() const { return m_tablePanel; }
    ImageFolderPanel* imagePanel() const { return m_imagePanel; }
    MessageBanner* banner() const { return m_banner; }

  public slots:
    void openPath(const QString& path);
    // The run store whose earlier runs on a file suggest its target.
    void setDatabasePath(const QString& path) { m_databasePath = path; }
    void cancelLoad();
    void openFileDialog();
    void openFolderDialog();

  signals:
    void datasetChanged();
    void fileOpened(const QString& path); // loaded successfully: for the recent-files list
    void loadFailed(const QString& message);
    void loadingChanged(bool loading);
    void statusMessage(const QString& text);

  protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void onProgress(quint64 id, double fraction);
    void onLoaded(Dataset&& dataset);
    void onFailed(quint64 id, const QString& message);
    void onCancelled(quint64 id);
    void setLoading(quint64 job, const QString& path);
    void showDataset();

    EngineController* m_engine;
    Dataset m_dataset;
    quint64 m_loadJob = 0;
    QString m_loadingPath;
    QString m_databasePath;
    QElapsedTimer m_loadTimer;

    QLabel* m_title;
    QLabel* m_location;
    MessageBanner* m_banner;
    QWidget* m_progressRow;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QStackedWidget* m_stack;
    DropHint* m_dropHint;
    TablePanel* m_tablePanel;
    ImageFolderPanel* m_imagePanel;
};

} // namespace tern::ui
