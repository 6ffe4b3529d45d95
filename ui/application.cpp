#include "ui/application.h"

#include "engine/store/store.h"
#include "ui/demo_data.h"
#include "ui/dropped_files.h"
#include "ui/main_window.h"
#include "ui/pages/data_page.h"
#include "ui/pages/leaderboard_page.h"
#include "ui/pages/ocr_page.h"
#include "ui/pages/run_page.h"
#include "ui/pages/table_panel.h"
#include "ui/resources.h"
#include "ui/settings.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <clocale>
#include <cstdio>
#include <string_view>

namespace tern::ui {
namespace {

// The data file of stored run `id`, when the store and the file are there; else empty.
QString storedRunDataset(const QString& databasePath, qint64 id)
{
    try {
        if (!QFileInfo::exists(databasePath))
            return {};
        const auto store = store::Store::open(databasePath.toStdString(), store::OpenMode::read_only);
        const QString path = QString::fromStdString(store.load_run(id).dataset_path);
        return QFileInfo::exists(path) ? path : QString();
    } catch (const std::exception&) {
        return {}; // no such run: --open-run says so below
    }
}

// Qt's own strings (standard buttons, file dialogs) and Tern's, for the configured or the system language.
void installTranslations(QCoreApplication& app)
{
    const QString chosen = Settings().language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    // The sources write plurals as "%n run(s)"; the English plural forms ("1 run", "2 runs") serve every language
    // without its own (the language's translator, installed later, is asked first).
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/tern_en.qm")))
        app.installTranslator(plurals);
    auto* tern = new QTranslator(&app);
    if (tern->load(locale, QStringLiteral("tern"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(tern);
}

// --screenshot FILE: once the start-up data has loaded (and, with --run-budget [--run-target COL], the run has ended;
// --open-run ID shows a stored run first; image files named are read on the OCR page first),
// save a grab of the window and quit (README, checks, docs/screenshots).
void scheduleScreenshot(MainWindow& window, const QString& file, RunPage* run = nullptr, double runBudget = 0)
{
    auto shoot = [&window, file] {
        const bool ok = window.grab().save(file);
        std::fprintf(ok ? stdout : stderr, ok ? "screenshot: %s\n" : "error: %s: cannot write the screenshot\n",
                     qPrintable(file));
        QCoreApplication::exit(ok ? 0 : 1);
    };
    DataPage* data = window.dataPage();
    if (run) {
        QObject::connect(run, &RunPage::runEnded, &window, [shoot] { QTimer::singleShot(800, shoot); });
        QTimer::singleShot(static_cast<int>((runBudget + 300) * 1000), shoot); // never hang a script
        return;
    }
    auto* ocr = qobject_cast<OcrPage*>(window.page(MainWindow::Ocr));
    if (ocr->isRunning()) { // images named on the command line: their text read
        QObject::connect(ocr, &OcrPage::finished, &window, [shoot] { QTimer::singleShot(400, shoot); });
        QTimer::singleShot(300000, shoot); // never hang a script
        return;
    }
    if (data->isLoading())
        QObject::connect(data, &DataPage::loadingChanged, &window, [shoot](bool loading) {
            if (!loading)
                QTimer::singleShot(400, shoot); // let layouts and the plot settle
        });
    else
        QTimer::singleShot(400, shoot);
    QTimer::singleShot(30000, shoot); // never hang a script
}

// The command line: a file or folder to open, and options for scripts and screenshots (the README lists them).
void describeCommandLine(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QApplication::translate("Application", "Tern: desktop AutoML workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QApplication::translate(
                                     "Application", "A table file or image folder to open, or image files whose text "
                                                    "the Text from Images page reads."));
    const auto option = [&parser](const char* name, const char* description, const char* value) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name),
                                            QApplication::translate("Application", description),
                                            QString::fromLatin1(value)));
    };
    option("screenshot", QT_TRANSLATE_NOOP("Application", "Save a grab of the window."), "file");
    option("page",
           QT_TRANSLATE_NOOP("Application",
                             "Start on page 0-5: Data, Run, Leaderboard, Text from Images, Export, History."),
           "index");
    option("run-budget", QT_TRANSLATE_NOOP("Application", "Start a run of this many seconds once the data has loaded."),
           "seconds");
    option("run-target",
           QT_TRANSLATE_NOOP("Application", "The target column of the --run-budget run (else the last column)."),
           "column");
    option("open-run", QT_TRANSLATE_NOOP("Application", "Show this stored run on the Leaderboard."), "id");
    option("size", QT_TRANSLATE_NOOP("Application", "Open the window at this size, e.g. 1024x640."), "WxH");
    option("theme", QT_TRANSLATE_NOOP("Application", "Use this theme (system, light, dark) for this session only."),
           "name");
}

// --help and --version print and exit; they must work where no display is (a terminal over ssh, a script).
bool onlyAsksForHelp(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int run_application(int argc, char** argv)
{
    // --help and --version need no window: without a display, the minimal platform lets them print (Qt's own
    // -platform still wins) instead of aborting for want of one.
    if (onlyAsksForHelp(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "minimal");
    QApplication app(argc, argv);
    // QApplication adopts LC_NUMERIC from the environment; the engine parses numbers with the C locale.
    std::setlocale(LC_NUMERIC, "C");
    initResources();
    QApplication::setApplicationName(QStringLiteral("Tern"));
    QApplication::setOrganizationName(QStringLiteral("Tern"));
    QApplication::setApplicationVersion(QStringLiteral(TERN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tern.svg")));
    installTranslations(app);
    applyTheme(app, Settings().theme());

    QCommandLineParser parser;
    describeCommandLine(parser);
    const QString screenshot = QStringLiteral("screenshot"), page = QStringLiteral("page"),
                  runBudget = QStringLiteral("run-budget"), runTarget = QStringLiteral("run-target"),
                  openRun = QStringLiteral("open-run"), size = QStringLiteral("size"), theme = QStringLiteral("theme");
    parser.process(app);
    QSize windowSize;
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        bool wide = false, high = false;
        if (parts.size() == 2)
            windowSize = QSize(parts[0].toInt(&wide), parts[1].toInt(&high));
        if (!wide || !high || windowSize.width() < 1 || windowSize.height() < 1) {
            std::fprintf(stderr, "error: --size: '%s' is not WIDTHxHEIGHT in pixels, e.g. 1024x640\n",
                         qPrintable(parser.value(size)));
            return 2;
        }
    }
    if (parser.isSet(theme)) {
        const QString name = parser.value(theme);
        if (themeChoiceKey(themeChoiceFromKey(name)) != name) {
            std::fprintf(stderr, "error: --theme: '%s' is none of system, light, dark\n", qPrintable(name));
            return 2;
        }
        applyTheme(app, themeChoiceFromKey(name));
    }

    int startPage = -1;
    if (parser.isSet(page)) {
        bool number = false;
        startPage = parser.value(page).toInt(&number);
        if (!number || startPage < 0 || startPage >= MainWindow::PageCount) {
            std::fprintf(stderr, "error: --page: '%s' is no page; pages are 0 to %d\n", qPrintable(parser.value(page)),
                         MainWindow::PageCount - 1);
            return 2;
        }
    }

    MainWindow window;
    Settings settings;
    QString target;
    QString toOpen = parser.positionalArguments().value(0);
    if (toOpen.isEmpty() && parser.isSet(openRun)) // the run's own data beside its leaderboard, not the last file
        toOpen = storedRunDataset(RunPage::defaultDatabasePath(), parser.value(openRun).toLongLong());
    if (toOpen.isEmpty() && !settings.demoInstalled()) {
        const DemoTable demo = installDemoData();
        settings.setDemoInstalled(!demo.path.isEmpty());
        toOpen = demo.path;
        target = demo.target;
    } else if (toOpen.isEmpty() && !settings.recentFiles().isEmpty()) {
        // Later starts reopen what the user worked on last.
        if (QFileInfo::exists(settings.recentFiles().first()))
            toOpen = settings.recentFiles().first();
    }
    // Product photos named on the command line ("Open with Tern" from a file manager) are read on the OCR page.
    if (allImageFiles(parser.positionalArguments())) {
        window.openPaths(parser.positionalArguments());
        toOpen.clear();
    }
    if (!toOpen.isEmpty()) {
        DataPage* data = window.dataPage();
        if (!target.isEmpty())
            QObject::connect(
                data, &DataPage::datasetChanged, data, [data, target] { data->tablePanel()->setTarget(target); },
                Qt::SingleShotConnection);
        data->openPath(toOpen);
    }
    RunPage* run = nullptr;
    const double budget = parser.value(runBudget).toDouble();
    if (parser.isSet(runBudget) && budget > 0) {
        run = qobject_cast<RunPage*>(window.page(MainWindow::Run));
        QObject::connect(
            window.dataPage(), &DataPage::datasetChanged, run,
            [run, budget, column = parser.value(runTarget)] {
                if (!column.isEmpty())
                    run->setTarget(column);
                if (!column.isEmpty() && run->spec().target != column.toStdString()) {
                    std::fprintf(stderr, "error: --run-target: no column named '%s'\n", qPrintable(column));
                    QCoreApplication::exit(2);
                    return;
                }
                run->setBudgetSeconds(budget);
                run->startRun();
                if (!run->isRunning()) { // refused (a table too small for its folds): no run will end
                    const QString why = run->startError();
                    std::fprintf(
                        stderr, "error: --run-budget: the run did not start: %s\n",
                        qPrintable(why.isEmpty() ? QStringLiteral("no table or image folder to run on") : why));
                    QCoreApplication::exit(2);
                }
            },
            Qt::SingleShotConnection);
    }
    if (parser.isSet(openRun)) {
        auto* board = qobject_cast<LeaderboardPage*>(window.page(MainWindow::Leaderboard));
        if (!board->showStoredRun(RunPage::defaultDatabasePath(), parser.value(openRun).toLongLong())) {
            std::fprintf(stderr, "error: --open-run: no run %s in %s\n", qPrintable(parser.value(openRun)),
                         qPrintable(RunPage::defaultDatabasePath()));
            return 2;
        }
        window.setCurrentPage(MainWindow::Leaderboard);
    }
    if (startPage >= 0)
        window.setCurrentPage(startPage);
    if (windowSize.isValid())
        window.resize(windowSize);
    window.show();
    if (parser.isSet(screenshot))
        scheduleScreenshot(window, parser.value(screenshot), run, budget);
    return app.exec();
}

} // namespace tern::ui
