#include "ui/pages/data_page.h"

#include "ui/dropped_files.h"
#include "ui/engine_controller.h"
#include "ui/pages/image_folder_panel.h"
#include "ui/pages/table_panel.h"
#include "ui/settings.h"
#include "ui/widgets/drop_hint.h"
#include "ui/widgets/message_banner.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tern::ui {

DataPage::DataPage(EngineController* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_title(new QLabel(this)), m_location(new QLabel(this)),
      m_banner(new MessageBanner(this)), m_progressRow(new QWidget(this)), m_progressLabel(new QLabel(m_progressRow)),
      m_progress(new QProgressBar(m_progressRow)), m_cancel(new QPushButton(tr("Cancel"), m_progressRow)),
      m_stack(new QStackedWidget(this)), m_dropHint(new DropHint(this)), m_tablePanel(new TablePanel(this)),
      m_imagePanel(new ImageFolderPanel(this))
{
    setAcceptDrops(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("No data loaded"));
    m_location->setForegroundRole(QPalette::PlaceholderText);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_cancel->setToolTip(tr("Stop loading and keep the current data (Esc)"));
    m_cancel->setShortcut(Qt::Key_Escape);
    connect(m_cancel, &QPushButton::clicked, this, &DataPage::cancelLoad);
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    m_stack->addWidget(m_dropHint);
    m_stack->addWidget(m_tablePanel);
    m_stack->addWidget(m_imagePanel);
    connect(m_dropHint, &DropHint::openFileRequested, this, &DataPage::openFileDialog);
    connect(m_dropHint, &DropHint::openFolderRequested, this, &DataPage::openFolderDialog);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    auto* heading = new QHBoxLayout;
    heading->setSpacing(12);
    heading->addWidget(m_title);
    heading->addWidget(m_location, 1, Qt::AlignBottom);
    layout->addLayout(heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_stack, 1);

    connect(m_engine, &EngineController::progressChanged, this, &DataPage::onProgress);
    connect(m_engine, &EngineController::jobFailed, this, &DataPage::onFailed);
    connect(m_engine, &EngineController::jobCancelled, this, &DataPage::onCancelled);
}

void DataPage::openPath(const QString& path)
{
    if (path.isEmpty())
        return;
    if (isLoading())
        m_engine->cancel(m_loadJob); // the newest request wins; the old job ends as cancelled
    m_banner->dismiss();
    const quint64 job = m_engine->submitFor<Dataset>(
        tr("Loading %1").arg(QFileInfo(path).fileName()),
        [path, db = m_databasePath](const tern::JobControl& control) { return loadDataset(path, db, control); },
        [page = QPointer<DataPage>(this)](Dataset&& dataset) {
            // Delivered only while the page lives, and only for the newest request (a superseded load is dropped).
            if (page && dataset.path == page->m_loadingPath)
                page->onLoaded(std::move(dataset));
        });
    setLoading(job, path);
}

void DataPage::cancelLoad()
{
    if (isLoading())
        m_engine->cancel(m_loadJob);
}

void DataPage::openFileDialog()
{
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Data File"), settings.lastDirectory(),
                                                      tr("Data files (*.csv *.tsv *.txt *.arff);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    openPath(path);
}

void DataPage::openFolderDialog()
{
    Settings settings;
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Image Folder"), settings.lastDirectory());
    if (path.isEmpty())
        return;
    settings.setLastDirectory(path);
    openPath(path);
}

void DataPage::setLoading(quint64 job, const QString& path)
{
    const bool was = isLoading();
    m_loadJob = job;
    m_loadingPath = path;
    if (job) {
        m_loadTimer.start();
        m_progress->setValue(0);
        m_progressLabel->setText(tr("Loading %1...").arg(QFileInfo(path).fileName()));
        m_progressRow->show();
        emit statusMessage(tr("Loading %1...").arg(QDir::toNativeSeparators(path)));
    } else {
        m_progressRow->hide();
    }
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void DataPage::onProgress(quint64 id, double fraction)
{
    if (id != m_loadJob)
        return;
    m_progress->setValue(int(fraction * 1000));
    const qint64 elapsed = m_loadTimer.elapsed();
    // An estimate only once there is something to extrapolate from.
    if (fraction > 0.02 && elapsed > 1000) {
        const int remaining = int(double(elapsed) * (1.0 - fraction) / fraction / 1000.0 + 0.5);
        m_progressLabel->setText(
            tr("Loading %1... about %n second(s) left", nullptr, remaining).arg(QFileInfo(m_loadingPath).fileName()));
    }
}

void DataPage::onLoaded(Dataset&& dataset)
{
    m_dataset = std::move(dataset);
    const QString path = m_dataset.path;
    setLoading(0, {});
    showDataset();
    emit datasetChanged();
    emit fileOpened(path);
    emit statusMessage(
        tr("Loaded %1 in %2 s")
            .arg(QFileInfo(path).fileName(), QLocale().toString(m_loadTimer.elapsed() / 1000.0, 'f', 2)));
}

void DataPage::onFailed(quint64 id, const QString& message)
{
    if (id != m_loadJob)
        return;
    setLoading(0, {});
    m_banner->showMessage(MessageBanner::Kind::Error, tr("Could not open the data: %1").arg(message));
    emit loadFailed(message);
    emit statusMessage(m_dataset.isEmpty() ? tr("Nothing loaded")
                                           : tr("Kept %1").arg(QFileInfo(m_dataset.path).fileName()));
}

void DataPage::onCancelled(quint64 id)
{
    if (id != m_loadJob)
        return;
    setLoading(0, {});
    emit statusMessage(tr("Loading cancelled"));
}

void DataPage::showDataset()
{
    if (m_dataset.table) {
        m_imagePanel->clear();
        m_tablePanel->setTable(m_dataset.table, m_dataset.summaries, m_dataset.duplicateRows, m_dataset.setAside);
        m_stack->setCurrentWidget(m_tablePanel);
    } else if (m_dataset.images) {
        m_tablePanel->clear();
        m_imagePanel->setFolder(m_dataset.images, m_dataset.imageSummary);
        m_stack->setCurrentWidget(m_imagePanel);
    } else {
        m_stack->setCurrentWidget(m_dropHint);
    }
    const QFileInfo info(m_dataset.path);
    m_title->setText(m_dataset.isEmpty() ? tr("No data loaded") : info.fileName());
    m_location->setText(m_dataset.isEmpty() ? QString() : QDir::toNativeSeparators(info.absolutePath()));
}

void DataPage::dragEnterEvent(QDragEnterEvent* event)
{
    // Image files alone are not a table: the window reads them on the OCR page (the drag passes on to it).
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty() || allImageFiles(paths))
        return;
    event->acceptProposedAction();
    m_dropHint->setHighlighted(true);
}

void DataPage::dragLeaveEvent(QDragLeaveEvent*)
{
    m_dropHint->setHighlighted(false);
}

void DataPage::dropEvent(QDropEvent* event)
{
    m_dropHint->setHighlighted(false);
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty() || allImageFiles(paths))
        return;
    event->acceptProposedAction();
    openPath(*std::find_if_not(paths.begin(), paths.end(), isImageFile)); // the table among any photos
}

} // namespace tern::ui
