// OCR page layout and behaviour. The reading itself is `tern-cli ocr` in a worker process (ui/ocr/ocr_worker.h);
// a stored job is loaded on the engine thread.
#include "ui/pages/ocr_page.h"

#include "engine/ocr/result_json.h"
#include "engine/store/paths.h"
#include "engine/store/store.h"
#include "ui/dropped_files.h"
#include "ui/engine_controller.h"
#include "ui/models/display_units.h"
#include "ui/ocr/ocr_attributes_text.h"
#include "ui/ocr/ocr_export.h"
#include "ui/ocr/ocr_image_view.h"
#include "ui/ocr/ocr_worker.h"
#include "ui/settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QPainter>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <memory>
#include <utility>

namespace tern::ui {

namespace {

// Centred on a transparent 96 x 96 square: a landscape photo's icon beside a portrait one put their names at
// different heights, and the grid looked staggered.
QImage thumbnail(const QString& file)
{
    constexpr int side = 96;
    QImageReader reader(file);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return image;
    if (image.width() > side || image.height() > side) // a format that cannot decode small
        image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage square(side, side, QImage::Format_ARGB32_Premultiplied);
    square.fill(Qt::transparent);
    {
        QPainter painter(&square);
        painter.drawImage((side - image.width()) / 2, (side - image.height()) / 2, image);
    }
    return square;
}

} // namespace

OcrPage::OcrPage(QWidget* parent, EngineController* engine)
    : QWidget(parent), m_engine(engine), m_list(new QListWidget(this)), m_view(new OcrImageView(this)),
      m_text(new QPlainTextEdit(this)), m_attributes(new QPlainTextEdit(this)), m_summary(new QLabel(this)),
      m_status(new QLabel(tr("Drop product images or a folder here, or open them."), this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_copy(new QPushButton(tr("Copy Text"), this)), m_exportCsv(new QPushButton(tr("Export CSV..."), this)),
      m_exportJson(new QPushButton(tr("Export JSON..."), this))
{
    setAcceptDrops(true);
    auto* openFiles = new QPushButton(tr("Open Images..."), this);
    auto* openFolder = new QPushButton(tr("Open Folder..."), this);
    openFiles->setToolTip(tr("Read the text of product images (png, jpg, tiff, bmp, webp)"));
    openFolder->setToolTip(tr("Read every image in a folder and its sub-folders"));
    m_cancel->setToolTip(tr("Stop reading; the images already read are kept"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(openFiles);
    top->addWidget(openFolder);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    top->addWidget(m_status, 2);

    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(96, 96));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setMinimumWidth(130);
    m_list->setWordWrap(true);

    auto* zoomIn = new QPushButton(tr("Zoom In"), this);
    auto* zoomOut = new QPushButton(tr("Zoom Out"), this);
    auto* fit = new QPushButton(tr("Fit"), this);
    auto* zoomRow = new QHBoxLayout;
    zoomRow->addWidget(zoomIn);
    zoomRow->addWidget(zoomOut);
    zoomRow->addWidget(fit);
    zoomRow->addStretch();
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_view, 1);
    // What the word boxes' colours mean, in the view's own colours.
    const auto swatch = [](double conf) {
        return QStringLiteral("<span style=\"color:%1\">■</span>").arg(OcrImageView::confidenceColor(conf).name());
    };
    const QString gap = QStringLiteral("&nbsp;&nbsp;&nbsp;"); // rich text keeps no run of spaces
    auto* legend = new QLabel(tr("Word confidence:") + gap + swatch(90) + QLatin1Char(' ') + tr("85 % or more") + gap +
                                  swatch(70) + QLatin1Char(' ') + tr("60–85 %") + gap + swatch(30) + QLatin1Char(' ') +
                                  tr("below 60 %"),
                              this);
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true); // a narrow window wraps it instead of widening the page
    centreLayout->addLayout(zoomRow);
    centreLayout->addWidget(legend);

    m_text->setReadOnly(true);
    m_attributes->setReadOnly(true);
    m_text->setPlaceholderText(tr("Text of the selected image"));
    m_attributes->setPlaceholderText(tr("Net quantity, price, origin, ingredients, dates, batch"));
    m_summary->setWordWrap(true);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(new QLabel(tr("Text"), side));
    sideLayout->addWidget(m_text, 2);
    sideLayout->addWidget(m_copy);
    sideLayout->addWidget(new QLabel(tr("Attributes"), side));
    sideLayout->addWidget(m_attributes, 1);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportCsv);
    exportRow->addWidget(m_exportJson);
    sideLayout->addLayout(exportRow);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(centre);
    split->addWidget(side);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    for (auto* b : {m_copy, m_exportCsv, m_exportJson})
        b->setEnabled(false);
    connect(openFiles, &QPushButton::clicked, this, &OcrPage::openFilesDialog);
    connect(openFolder, &QPushButton::clicked, this, &OcrPage::openFolderDialog);
    connect(m_cancel, &QPushButton::clicked, this, &OcrPage::cancel);
    connect(m_copy, &QPushButton::clicked, this, &OcrPage::copyText);
    connect(m_exportCsv, &QPushButton::clicked, this, &OcrPage::exportCsv);
    connect(m_exportJson, &QPushButton::clicked, this, &OcrPage::exportJson);
    m_view->setPlaceholderText(dropHint());
    for (auto* b : {zoomIn, zoomOut, fit})
        b->setEnabled(false);
    connect(m_view, &OcrImageView::imageChanged, this, [zoomIn, zoomOut, fit](bool shown) {
        for (auto* b : {zoomIn, zoomOut, fit})
            b->setEnabled(shown);
    });
    connect(zoomIn, &QPushButton::clicked, m_view, &OcrImageView::zoomIn);
    connect(zoomOut, &QPushButton::clicked, m_view, &OcrImageView::zoomOut);
    connect(fit, &QPushButton::clicked, m_view, &OcrImageView::fitToView);
    connect(m_list, &QListWidget::currentRowChanged, this, &OcrPage::showSelected);
    new QShortcut(QKeySequence::ZoomIn, m_view, [this] { m_view->zoomIn(); });
    new QShortcut(QKeySequence::ZoomOut, m_view, [this] { m_view->zoomOut(); });
    new QShortcut(
        QKeySequence::Copy, m_text, [this] { copyText(); }, Qt::WidgetShortcut);
    controller();
}

EngineController* OcrPage::controller()
{
    if (m_engine && m_connected)
        return m_engine;
    if (!m_engine && parentWidget())
        m_engine = parentWidget()->window()->findChild<EngineController*>();
    if (!m_engine)
        return nullptr;
    m_connected = true;
    connect(m_engine, &EngineController::progressChanged, this, [this](quint64 id, double f) {
        if (id == m_job && id != 0)
            m_progress->setValue(static_cast<int>(f * 1000));
    });
    connect(m_engine, &EngineController::jobFailed, this, [this](quint64 id, const QString& message) {
        if (id == m_job && id != 0) {
            setRunning(0);
            m_status->setText(tr("Reading failed: %1").arg(message));
        }
    });
    connect(m_engine, &EngineController::jobCancelled, this, [this](quint64 id) {
        if (id == m_job && id != 0) {
            setRunning(0);
            m_status->setText(tr("Cancelled"));
        }
    });
    return m_engine;
}

bool OcrPage::isRunning() const
{
    return m_job != 0 || m_worker != nullptr;
}

QString OcrPage::statusText() const
{
    return m_status->text();
}

void OcrPage::readPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (m_job != 0 && m_engine)
        m_engine->cancel(m_job); // a stored job still opening: its result is dropped (m_job no longer matches)
    setRunning(0);
    stopReading();
    clearResults();
    // One Tesseract engine per core, but not more than there are images when only files were given.
    int threads = std::max(1, QThread::idealThreadCount());
    if (std::all_of(paths.begin(), paths.end(), [](const QString& p) { return QFileInfo(p).isFile(); }))
        threads = std::min(threads, static_cast<int>(paths.size()));
    m_worker = new OcrWorker(this);
    if (!m_workerProgram.isEmpty())
        m_worker->setProgram(m_workerProgram);
    connect(m_worker, &OcrWorker::resultRead, this, &OcrPage::onResultRead);
    connect(m_worker, &OcrWorker::warning, this, [this](const QString& text) { m_warning = text; });
    connect(m_worker, &OcrWorker::finished, this, &OcrPage::onReadingFinished);
    setBusy(true);
    m_status->setText(tr("Reading..."));
    m_worker->start(paths, QString::fromStdString(tern::store::default_database_path()), threads);
}

void OcrPage::stopReading()
{
    if (!m_worker)
        return;
    OcrWorker* worker = std::exchange(m_worker, nullptr);
    worker->disconnect(this); // a superseded reading shows nothing more
    if (worker->isRunning()) {
        connect(worker, &OcrWorker::finished, worker, &QObject::deleteLater);
        worker->cancel();
    } else
        worker->deleteLater();
}

void OcrPage::onResultRead(const tern::ocr::OcrResult& result, double progress)
{
    addResult(tern::ocr::OcrResult(result), QImage());
    if (result.ok())
        loadThumbnailLater(m_list->count() - 1, QString::fromStdString(result.file));
    if (progress >= 0)
        m_progress->setValue(static_cast<int>(progress * 1000));
    const int n = static_cast<int>(m_results.size());
    m_status->setText(tr("Reading... %n image(s) read", nullptr, n));
    if (n == 1)
        m_list->setCurrentRow(0);
}

void OcrPage::onReadingFinished(bool cancelled, const QString& error)
{
    if (m_worker) {
        m_worker->deleteLater();
        m_worker = nullptr;
    }
    setBusy(false);
    if (!error.isEmpty()) {
        // The results read before the failure stay listed; the error says how many there are.
        for (auto* b : {m_exportCsv, m_exportJson})
            b->setEnabled(!m_results.empty());
        m_status->setText(error);
        emit statusMessage(error);
        return;
    }
    showSummary(cancelled);
}

OcrPage::Batch OcrPage::loadStoredJob(const QString& databasePath, qint64 jobId)
{
    const auto store = tern::store::Store::open(databasePath.toStdString(), tern::store::OpenMode::read_only);
    Batch batch;
    for (const auto& record : store.load_ocr_results(jobId)) {
        batch.results.push_back(tern::ocr::from_record(record));
        batch.thumbnails.push_back(thumbnail(QString::fromStdString(record.file))); // null if the file is gone
    }
    return batch;
}

void OcrPage::openStoredJob(const QString& databasePath, qint64 jobId)
{
    submit(tr("Opening OCR job %1").arg(jobId),
           [databasePath, jobId](const tern::JobControl&) { return loadStoredJob(databasePath, jobId); });
}

void OcrPage::submit(const QString& title, std::function<Batch(const tern::JobControl&)> work)
{
    if (!controller())
        return;
    stopReading();
    if (m_job != 0)
        m_engine->cancel(m_job);
    auto id = std::make_shared<quint64>(0);
    const quint64 job =
        m_engine->submitFor<Batch>(title, std::move(work), [page = QPointer<OcrPage>(this), id](Batch&& batch) {
            // Shown only while the page lives and only for the newest request (a superseded one is dropped).
            if (page && *id == page->m_job)
                page->showBatch(std::move(batch));
        });
    *id = job;
    setRunning(job);
    m_status->setText(tr("Reading..."));
}

void OcrPage::setRunning(quint64 job)
{
    m_job = job;
    setBusy(job != 0);
}

void OcrPage::setBusy(bool busy)
{
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

void OcrPage::cancel()
{
    if (m_worker)
        m_worker->cancel(); // ends within a second; onReadingFinished shows what was read
    else if (m_job != 0 && m_engine)
        m_engine->cancel(m_job);
}

void OcrPage::clearResults()
{
    m_results.clear();
    m_list->clear();
    ++m_listGeneration;
    m_warning.clear();
    for (auto* b : {m_copy, m_exportCsv, m_exportJson})
        b->setEnabled(false);
}

// Decoding a large PNG for its thumbnail takes ~100 ms: off the GUI thread while results stream in.
void OcrPage::loadThumbnailLater(int row, const QString& file)
{
    auto* watcher = new QFutureWatcher<QImage>(this);
    const int generation = m_listGeneration;
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, row, generation] {
        watcher->deleteLater();
        const QImage image = watcher->result();
        if (generation != m_listGeneration || image.isNull())
            return;
        if (QListWidgetItem* item = m_list->item(row))
            item->setIcon(QIcon(QPixmap::fromImage(image)));
    });
    watcher->setFuture(QtConcurrent::run([file] { return thumbnail(file); }));
}

void OcrPage::addResult(tern::ocr::OcrResult&& r, const QImage& thumbnail)
{
    auto* item = new QListWidgetItem(QFileInfo(QString::fromStdString(r.file)).fileName(), m_list);
    if (!thumbnail.isNull())
        item->setIcon(QIcon(QPixmap::fromImage(thumbnail)));
    else if (!r.ok()) // a file with no picture would otherwise be a bare name among thumbnails
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    if (!r.ok())
        item->setToolTip(tr("Could not be read: %1").arg(QString::fromStdString(r.error)));
    else
        item->setToolTip(r.text.empty() ? tr("No text found") : QString::fromStdString(r.text));
    m_results.push_back(std::move(r));
}

void OcrPage::showBatch(Batch&& batch)
{
    setRunning(0);
    clearResults();
    for (std::size_t i = 0; i < batch.results.size(); ++i)
        addResult(std::move(batch.results[i]), batch.thumbnails[i]);
    if (!m_results.empty())
        m_list->setCurrentRow(0);
    showSummary(false);
}

void OcrPage::showSummary(bool cancelled)
{
    const int n = static_cast<int>(m_results.size());
    const int failed =
        static_cast<int>(std::count_if(m_results.begin(), m_results.end(), [](const auto& r) { return !r.ok(); }));
    // "Read 6 images, 2 failed" left open whether 6 or 4 were read: the count read, then the count that could not be.
    QString status = cancelled ? tr("Cancelled after %n image(s)", nullptr, n)
                               : tr("Read %n image(s)", nullptr, n - failed);
    if (failed > 0)
        status += tr(" · %n could not be read", nullptr, failed);
    if (!m_warning.isEmpty())
        status += QStringLiteral(" (") + m_warning + QLatin1Char(')');
    m_status->setText(status);
    for (auto* b : {m_exportCsv, m_exportJson})
        b->setEnabled(n > 0);
    if (n > 0 && m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    emit finished(n, failed);
    emit statusMessage(status);
}

void OcrPage::showSelected()
{
    const int row = m_list->currentRow();
    m_copy->setEnabled(false);
    if (row < 0 || row >= static_cast<int>(m_results.size())) {
        m_view->setPlaceholderText(m_results.empty() ? dropHint() : tr("Select an image to see its text"));
        m_view->clear();
        m_text->clear();
        m_attributes->clear();
        m_summary->clear();
        return;
    }
    const auto& r = m_results[static_cast<std::size_t>(row)];
    if (!r.ok()) {
        m_view->clear();
        m_text->clear();
        m_attributes->clear();
        m_summary->setText(tr("%1: %2").arg(QString::fromStdString(r.file), QString::fromStdString(r.error)));
        m_view->setPlaceholderText(tr("This image could not be read."));
        return;
    }
    m_view->showResult(QString::fromStdString(r.file), r.words);
    m_text->setPlainText(QString::fromStdString(r.text));
    m_text->setPlaceholderText(r.text.empty() ? tr("No text found in this image") : tr("Text of the selected image"));
    if (r.text.empty()) { // "Text at 0° · confidence 0.0 %" would describe text that is not there
        m_attributes->clear();
        m_summary->setText(tr("No text found · %1").arg(formatDuration(r.ms / 1000.0)));
        return;
    }
    m_attributes->setPlainText(
        r.attributes.empty() && !r.text.empty()
            ? tr("No net quantity, price, origin, ingredients, dates or batch found in the text.")
            : attributesText(r.attributes));
    // "at 90°", or "stacked vertically" for letters one above the other.
    const auto angle = [this](tern::ocr::Orientation o) {
        const QString name = QString::fromLatin1(tern::ocr::orientation_name(o));
        bool number = false;
        name.toInt(&number);
        return number ? tr("at %1°").arg(name) : tr("stacked vertically");
    };
    // Regions are worth naming only when some read at another angle than the page (a job reopened from the store
    // keeps none).
    QStringList regions;
    bool mixed = false;
    for (const auto& g : r.regions) {
        regions << angle(g.orientation);
        mixed = mixed || g.orientation != r.orientation;
    }
    regions.removeDuplicates();
    QString summary = (mixed ? tr("Text %1 (regions %2) · confidence %3 % · %4")
                                   .arg(angle(r.orientation), regions.join(QStringLiteral(", ")))
                             : tr("Text %1 · confidence %2 % · %3").arg(angle(r.orientation)))
                          .arg(r.mean_conf, 0, 'f', 1)
                          .arg(formatDuration(r.ms / 1000.0));
    // A wrapped line must not leave the percent sign alone at the start of the next.
    m_summary->setText(summary.replace(QStringLiteral(" %"), QStringLiteral("\u00a0%")));
    m_copy->setEnabled(!r.text.empty());
}

QString OcrPage::dropHint() const
{
    return tr("Drop product images or a folder here to read their text");
}

void OcrPage::copyText()
{
    if (!m_text->toPlainText().isEmpty())
        QApplication::clipboard()->setText(m_text->toPlainText());
}

void OcrPage::openFilesDialog()
{
    Settings settings;
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Open Images"), settings.lastDirectory(),
                                      tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(files.front()).absolutePath());
    readPaths(files);
}

void OcrPage::openFolderDialog()
{
    Settings settings;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Image Folder"), settings.lastDirectory());
    if (dir.isEmpty())
        return;
    settings.setLastDirectory(dir);
    readPaths({dir});
}

void OcrPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export OCR Results"), QString(), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportOcrCsv(path, m_results);
    m_status->setText(error.isEmpty() ? tr("Exported to %1").arg(path) : error);
}

void OcrPage::exportJson()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export OCR Results"), QString(), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = exportOcrJson(path, m_results);
    m_status->setText(error.isEmpty() ? tr("Exported to %1").arg(path) : error);
}

void OcrPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void OcrPage::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        readPaths(paths);
    }
}

} // namespace tern::ui
