// MainWindow: six pages switched by Ctrl+1..6 and the navigation list, F1 opens About, window state and recent
// files are remembered through Settings, every placeholder page explains itself, the Data page's target is the Run
// page's, a file opened again preselects its last run's target, and image files dropped on the Data page are read on
// the OCR page.
#include "engine/store/store.h"
#include "ui/main_window.h"
#include "ui/pages/data_page.h"
#include "ui/pages/ocr_page.h"
#include "ui/pages/placeholder_page.h"
#include "ui/pages/run_page.h"
#include "ui/pages/table_panel.h"
#include "ui/settings.h"
#include "ui_test_support.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

using namespace tern;
using ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { ui::test::prepareUiTest(); }

    void shortcutsSwitchPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            QCOMPARE(window.currentPage(), page);
        }
    }

    void pagesExistAndPlaceholdersDescribeThemselves()
    {
        // Later work replaces placeholders by full pages; until then each one says what it will hold.
        MainWindow window;
        QSet<QString> classes;
        for (int page = MainWindow::Data; page < MainWindow::PageCount; ++page) {
            QWidget* widget = window.page(MainWindow::Page(page));
            QVERIFY(widget);
            classes.insert(QString::fromLatin1(widget->metaObject()->className()));
            if (auto* placeholder = qobject_cast<ui::PlaceholderPage*>(widget))
                QVERIFY(placeholder->description().size() > 40);
        }
        QCOMPARE(classes.size(), int(MainWindow::PageCount)); // one class per page
        QVERIFY(qobject_cast<ui::DataPage*>(window.page(MainWindow::Data)));
    }

    void f1OpensAbout()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QString title;
        // The dialog is modal: inspect and close it from the event loop it runs.
        QTimer::singleShot(0, &window, [&title] {
            if (QWidget* dialog = QApplication::activeModalWidget()) {
                title = dialog->windowTitle();
                dialog->close();
            }
        });
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(title, QObject::tr("About Tern"));
    }

    void dataPageTargetIsTheRunsTarget()
    {
        MainWindow window;
        auto* run = qobject_cast<ui::RunPage*>(window.page(MainWindow::Run));
        QSignalSpy loaded(window.dataPage(), &ui::DataPage::datasetChanged);
        window.dataPage()->openPath(ui::test::dataPath("iris.csv"));
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(run->spec().target, std::string("species")); // the last column, before any choice
        QComboBox* dataTarget = window.dataPage()->tablePanel()->targetChooser();
        QCOMPARE(dataTarget->currentText(), QStringLiteral("species")); // not "(none)" while the run predicts it
        window.dataPage()->tablePanel()->setTarget(QStringLiteral("petal_width_cm"));
        QCOMPARE(run->spec().target, std::string("petal_width_cm"));
        window.dataPage()->tablePanel()->setTarget(QString()); // no target there: the run keeps its choice
        QCOMPARE(run->spec().target, std::string("petal_width_cm"));
        run->setTarget(QStringLiteral("sepal_length_cm")); // a choice on the Run page shows on the Data page
        QCOMPARE(dataTarget->currentText(), QStringLiteral("sepal_length_cm"));
    }

    // A file opened again preselects the target of its newest stored run, ahead of the guess (penguins' last column).
    void reopenedFileTargetsItsLastRunsTarget()
    {
        MainWindow window;
        auto* run = qobject_cast<ui::RunPage*>(window.page(MainWindow::Run));
        const QString penguins = ui::test::dataPath("penguins.csv");
        QSignalSpy loaded(window.dataPage(), &ui::DataPage::datasetChanged);
        window.dataPage()->openPath(penguins);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(run->spec().target, std::string("sex"));
        {
            QDir().mkpath(QFileInfo(run->databasePath()).absolutePath());
            auto store = store::Store::open(run->databasePath().toStdString());
            store::RunRecord past;
            past.dataset_path = run->spec().data_path;
            past.target = "island";
            past.task = "multiclass";
            past.metric = "balanced_accuracy";
            store.create_run(past);
        }
        run->setTarget(QStringLiteral("bill_depth_mm")); // the choice kept for new data, which the past run outweighs
        window.dataPage()->openPath(penguins);
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(run->spec().target, std::string("island"));
        QCOMPARE(window.dataPage()->tablePanel()->targetChooser()->currentText(), QStringLiteral("island"));
        QFile::remove(run->databasePath());
    }

    void remembersPageAndRecentFiles()
    {
        {
            MainWindow window;
            window.show();
            window.setCurrentPage(MainWindow::Export);
            QSignalSpy opened(window.dataPage(), &ui::DataPage::fileOpened);
            window.dataPage()->openPath(ui::test::dataPath("iris.csv"));
            QTRY_COMPARE(opened.count(), 1);
            window.close();
        }
        ui::Settings settings;
        QCOMPARE(settings.currentPage(), int(MainWindow::Export));
        QVERIFY(!settings.mainWindowGeometry().isEmpty());
        QCOMPARE(settings.recentFiles().value(0), QDir::cleanPath(ui::test::dataPath("iris.csv")));
        MainWindow again;
        QCOMPARE(again.currentPage(), int(MainWindow::Export));
    }
    // A product photo dropped where tables go used to fail as "not a text table: this is a JPEG image".
    void imagesDroppedOnTheDataPageAreReadOnTheOcrPage()
    {
        MainWindow window;
        auto* ocr = qobject_cast<ui::OcrPage*>(window.page(MainWindow::Ocr));
        ocr->setWorkerProgram(QStringLiteral(TERN_CLI_PATH));
        window.setCurrentPage(MainWindow::Data);
        QSignalSpy failed(window.dataPage(), &ui::DataPage::loadFailed);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(ui::test::dataPath("ocr/img_005.jpg"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.dataPage(), &enter); // a drop goes to the widget that accepted the drag
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.dataPage(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(window.currentPage(), int(MainWindow::Ocr));
        QTRY_COMPARE_WITH_TIMEOUT(ocr->results().size(), std::size_t(1), 120000);
        QVERIFY(ocr->results().front().ok());
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
