#include "ui/main_window.h"

#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/predict_dialog.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/dropped_files.h"
#include "ui/engine_controller.h"
#include "ui/pages/data_page.h"
#include "ui/pages/export_page.h"
#include "ui/pages/history_page.h"
#include "ui/pages/leaderboard_page.h"
#include "ui/pages/ocr_page.h"
#include "ui/pages/run_page.h"
#include "ui/pages/table_panel.h"
#include "ui/settings.h"
#include "ui/widgets/navigation_bar.h"
#include "ui/widgets/theme_menu.h"
#include "ui/widgets/themed_icon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace tern::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_engine(new EngineController(this)),
      m_inspector(new EngineController(this, QStringLiteral("TernInspector"))),
      m_background(
          new EngineController(this, QStringLiteral("TernBackground"), EngineController::Priority::background)),
      m_navigation(new NavigationBar(this)), m_pages(new QStackedWidget(this)), m_dataPage(new DataPage(m_engine, this))
{
    setWindowTitle(tr("Tern"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tern.svg")));
    setAcceptDrops(true); // a file dropped on any page opens on its page (openPaths)

    addPage(m_dataPage, QStringLiteral("data"), tr("Data"));
    auto* runPage = new RunPage(m_engine, this);
    m_dataPage->setDatabasePath(runPage->databasePath());
    auto* leaderboardPage = new LeaderboardPage(this);
    leaderboardPage->setEngine(m_engine, runPage->databasePath());
    leaderboardPage->setInspectionEngines(m_inspector, m_background);
    addPage(runPage, QStringLiteral("run"), tr("Run"));
    addPage(leaderboardPage, QStringLiteral("leaderboard"), tr("Leaderboard"));
    auto* ocrPage = new OcrPage(this, m_engine);
    addPage(ocrPage, QStringLiteral("ocr"), tr("Text from Images"));
    auto* exportPage = new ExportPage(m_engine, this);
    exportPage->setDatabasePath(runPage->databasePath());
    addPage(exportPage, QStringLiteral("export"), tr("Export"));
    auto* historyPage = new HistoryPage(this);
    historyPage->setDatabasePath(runPage->databasePath());
    addPage(historyPage, QStringLiteral("history"), tr("History"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // A page's news for the status bar; it fades after a while, as it speaks of a moment ("Loaded iris.csv") that
    // later pages and runs leave behind.
    const auto showStatus = [this](const QString& text) { statusBar()->showMessage(text, 15000); };
    connect(m_dataPage, &DataPage::statusMessage, this, showStatus);
    connect(runPage, &RunPage::statusMessage, this, showStatus);
    connect(ocrPage, &OcrPage::statusMessage, this, showStatus);
    connect(m_dataPage, &DataPage::fileOpened, this, [](const QString& path) { Settings().addRecentFile(path); });
    connect(m_dataPage, &DataPage::datasetChanged, runPage, [this, runPage] {
        const Dataset& dataset = m_dataPage->dataset();
        if (dataset.table)
            runPage->setTable(dataset.path, dataset.table, dataset.target);
        else if (dataset.images)
            runPage->setImageFolder(dataset.path);
        else
            runPage->setDataset(QString(), {});
    });
    // One target on both pages: the demo showed species as the target on the Data page while the Run page would have
    // predicted its last column, sex; and a new table showed "(none)" there while the Run page chose its last column.
    connect(m_dataPage->tablePanel(), &TablePanel::targetChanged, runPage, [runPage](const QString& column) {
        if (!column.isEmpty())
            runPage->setTarget(column);
    });
    connect(runPage, &RunPage::targetChanged, m_dataPage->tablePanel(), [this](const QString& column) {
        if (!column.isEmpty() && m_dataPage->dataset().table)
            m_dataPage->tablePanel()->setTarget(column);
    });
    connect(historyPage, &HistoryPage::openRun, this, [this, leaderboardPage](const QString& db, qint64 runId) {
        leaderboardPage->showStoredRun(db, runId);
        setCurrentPage(Leaderboard);
    });
    connect(historyPage, &HistoryPage::runDeleted, leaderboardPage,
            [leaderboardPage](const QString&, qint64 runId) { leaderboardPage->forgetRun(runId); });
    connect(historyPage, &HistoryPage::openOcrJob, this, [this, ocrPage](const QString& db, qint64 jobId) {
        ocrPage->openStoredJob(db, jobId);
        setCurrentPage(Ocr);
    });
    connect(leaderboardPage, &LeaderboardPage::exportRequested, this,
            [this, exportPage, runPage](const QString& db, qint64 runId, qint64 candidate) {
                exportPage->openCandidate(db.isEmpty() ? runPage->databasePath() : db, runId, candidate);
                setCurrentPage(Export);
            });
    connect(leaderboardPage, &LeaderboardPage::candidateSelected, exportPage, [exportPage, leaderboardPage](qint64 id) {
        exportPage->preferCandidate(leaderboardPage->runId(), id);
    });
    connect(runPage, &RunPage::runStarted, leaderboardPage, &LeaderboardPage::startRun);
    connect(runPage, &RunPage::candidateFinished, leaderboardPage, &LeaderboardPage::addCandidate);
    connect(runPage, &RunPage::runEnded, leaderboardPage, [leaderboardPage, runPage](qint64 runId) {
        if (runId > 0)
            leaderboardPage->showEndedRun(runPage->databasePath(), runId);
    });
    // A page on screen when a run ends lists it at once (hidden, it re-reads the store when shown).
    connect(runPage, &RunPage::runEnded, exportPage, [exportPage] {
        if (exportPage->isVisible())
            exportPage->refresh();
    });

    createMenus();
    statusBar()->showMessage(tr("Ready. Drop a table or an image folder on the window to begin."));
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget* page, const QString& icon, const QString& title)
{
    m_pages->addWidget(page);
    m_navigation->addPage(themedIcon(icon), title, tr("%1 (Ctrl+%2)").arg(title).arg(m_navigation->count() + 1));
}

QWidget* MainWindow::page(Page page) const
{
    return m_pages->widget(int(page));
}
int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::setCurrentPage(int page)
{
    if (page >= 0 && page < PageCount)
        m_navigation->setCurrentRow(page);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(themedIcon(QStringLiteral("open")), tr("&Open..."), this, [this] {
        setCurrentPage(Data);
        m_dataPage->openFileDialog();
    });
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a CSV, TSV or ARFF table"));
    QAction* openFolder = file->addAction(themedIcon(QStringLiteral("folder")), tr("Open &Folder..."), this, [this] {
        setCurrentPage(Data);
        m_dataPage->openFolderDialog();
    });
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolder->setStatusTip(tr("Open a folder of images, one sub-folder per class"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    QAction* predict = file->addAction(tr("&Predict with Exported Model…"), this, [this] {
        auto* dialog = new PredictDialog(m_engine, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    predict->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    predict->setStatusTip(tr("Load a folder written by Export and predict a table with it"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction* go = view->addAction(m_navigation->item(i)->icon(), m_navigation->title(i), this,
                                      [this, i] { setCurrentPage(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    view->addMenu(new ThemeMenu(view));
    view->addSeparator();
    QAction* navigation = view->addAction(tr("Show &Navigation"));
    navigation->setCheckable(true);
    navigation->setChecked(true);
    connect(navigation, &QAction::toggled, m_navigation, &QWidget::setVisible);
    QAction* status = view->addAction(tr("Show &Status Bar"));
    status->setCheckable(true);
    status->setChecked(true);
    connect(status, &QAction::toggled, statusBar(), &QWidget::setVisible);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Preferences..."), this, &MainWindow::showPreferences)
        ->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about =
        help->addAction(QIcon(QStringLiteral(":/icons/tern.svg")), tr("&About Tern"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence(Qt::Key_F1));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings().recentFiles();
    for (const QString& path : files) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            setCurrentPage(Data);
            m_dataPage->openPath(path);
        });
        action->setToolTip(path);
        action->setStatusTip(path);
        action->setEnabled(QFileInfo::exists(path)); // a vanished file stays listed, greyed
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { Settings().clearRecentFiles(); })
        ->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Preferences saved. A new language applies after a restart."), 5000);
}

void MainWindow::restoreSettings()
{
    Settings settings;
    if (!restoreGeometry(settings.mainWindowGeometry()))
        resize(1200, 780);
    restoreState(settings.mainWindowState());
    setCurrentPage(settings.currentPage());
    if (currentPage() < 0)
        setCurrentPage(Data);
}

// Below this width the navigation shows icons only: its titles' 130 px go to the pages (the Leaderboard's plots).
// Decided before the first show as well: the layout would otherwise widen a 900 px window to fit the full titles
// before the first resize event arrived.
void MainWindow::setVisible(bool visible)
{
    if (visible)
        m_navigation->setCompact(width() < kCompactNavigationBelow);
    QMainWindow::setVisible(visible);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    m_navigation->setCompact(width() < kCompactNavigationBelow);
    QMainWindow::resizeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    settings.setCurrentPage(currentPage());
    // Running jobs stop at their next check; each controller joins its thread on destruction.
    m_engine->cancel();
    m_inspector->cancel();
    m_background->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (allImageFiles(paths)) {
        setCurrentPage(Ocr);
        qobject_cast<OcrPage*>(page(Ocr))->readPaths(paths);
        return;
    }
    // A table or image folder among photos: the first of those is what the user meant to open.
    const auto table = std::find_if_not(paths.begin(), paths.end(), isImageFile);
    setCurrentPage(Data);
    m_dataPage->openPath(*table);
}

} // namespace tern::ui
