// The Export page's lower part: the precision to export, "Export…" to a folder on the engine thread with progress
// and Cancel (exporting::export_candidate), then "Open Folder" and "Predict…" on what was written. The folder is
// created inside the one the user picks and named after the run, candidate and precision.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace tern::ui {

class EngineController;

class ExportJobPanel : public QWidget {
    Q_OBJECT
  public:
    explicit ExportJobPanel(EngineController* engine, QWidget* parent = nullptr);

    // Which candidate "Export…" writes; `quantisable` offers bf16, int8 and ternary besides fp32.
    void setCandidate(const QString& databasePath, qint64 runId, qint64 candidate, bool quantisable);
    void setResidualFraction(double fraction) { m_residualFraction = fraction; }
    void setPrecision(const QString& precision); // fp32 | bf16 | int8 | ternary, when offered
    QString precision() const;
    bool isExporting() const { return m_job != 0; }
    QString lastExport() const { return m_lastExport; }

    QString folderBaseName() const; // tern-run<R>-c<C>-<precision>
    // A new folder inside `parentDirectory` that does not exist yet: folderBaseName()[-<n>].
    QString proposedFolder(const QString& parentDirectory) const;

  public slots:
    void chooseFolderAndExport(); // asks for a parent folder
    void exportTo(const QString& folder);
    void cancel();

  signals:
    void exported(const QString& folder);
    void failed(const QString& message);
    void predictRequested(const QString& folder);

  private:
    void setExporting(bool exporting);

    EngineController* m_engine;
    QString m_databasePath;
    qint64 m_runId = 0, m_candidate = 0;
    double m_residualFraction = 1.0;
    quint64 m_job = 0;
    QString m_lastExport;

    QComboBox* m_precision;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_open;
    QPushButton* m_predict;
};

} // namespace tern::ui
