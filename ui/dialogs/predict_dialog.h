// Predict with an exported model: load a folder written by Export (model.tern, exporting::ExportedModel), choose
// or drop a table with the same columns (or, for a model of images, an image or a folder of images), run the
// predictions on the engine thread and see them (prediction and one probability per class), sortable; save them as
// CSV. Dropping a model folder loads it, dropping anything else predicts it.
#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tern::exporting {
class ExportedModel;
struct FileScore;
} // namespace tern::exporting

namespace tern::ui {

class EngineController;
class MessageBanner;
class PredictionTableModel;

class PredictDialog : public QDialog {
    Q_OBJECT
  public:
    explicit PredictDialog(EngineController* engine, QWidget* parent = nullptr);
    ~PredictDialog() override;

    PredictionTableModel* predictions() const { return m_predictions; }
    MessageBanner* banner() const { return m_banner; }
    QString modelSummary() const;
    QString statusText() const; // "150 rows predicted.", with the score when the table held the target
    bool hasModel() const { return m_model != nullptr; }
    bool isBusy() const { return m_job != 0; }

    // A path is a model when it is a folder holding model.tern or the model.tern file itself.
    static bool isModelPath(const QString& path);

  public slots:
    void loadModel(const QString& folderOrFile);
    void setTablePath(const QString& path); // predicts it as soon as a model is loaded
    void predict();
    bool saveCsv(const QString& path); // false (with a message in the banner) when it cannot write
    void cancel();
    // What a drop does: a model folder (or model.tern) loads, a file (or for a model of images a folder) is
    // predicted, anything else is an error.
    void openPath(const QString& path);

  signals:
    void modelLoaded();
    void predicted(int rows);

  protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void chooseModel();
    void chooseTable();
    void chooseCsv();
    void setBusy(quint64 job, const QString& status);
    void showInputKind(); // a table or images, as the loaded model reads
    void showError(const QString& message);
    // How the model did on a table that held its target, in a sentence: the score, or why there is none.
    static QString scoreSentence(const exporting::FileScore& score);

    EngineController* m_engine;
    std::shared_ptr<const exporting::ExportedModel> m_model;
    quint64 m_job = 0;
    bool m_predictWhenIdle = false;

    MessageBanner* m_banner;
    QLineEdit* m_modelPath;
    QLabel* m_modelInfo;
    QLineEdit* m_tablePath;
    QLabel* m_tableLabel;
    QPushButton* m_chooseTable;
    QPushButton* m_predict;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    PredictionTableModel* m_predictions;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QPushButton* m_save;
};

} // namespace tern::ui
