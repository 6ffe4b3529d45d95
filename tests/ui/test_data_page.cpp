// The Data page end to end on the engine thread: open by path and by a real drop event, rows shown, summary,
// target chooser, a bad file (one-line error banner in the GUI's language, previous table kept), cancelling a load,
// image folders.
#include "engine/data/table.h"
#include "ui/engine_controller.h"
#include "ui/models/class_counts_model.h"
#include "ui/models/summary_model.h"
#include "ui/models/table_model.h"
#include "ui/models/thumbnail_model.h"
#include "ui/pages/data_page.h"
#include "ui/pages/image_folder_panel.h"
#include "ui/pages/table_panel.h"
#include "ui/widgets/message_banner.h"
#include "ui_test_support.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tern;
using ui::test::dataPath;

class TestDataPage : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { ui::test::prepareUiTest(); }

    void init()
    {
        m_engine = std::make_unique<ui::EngineController>();
        m_page = std::make_unique<ui::DataPage>(m_engine.get());
        m_page->resize(1000, 700);
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_engine.reset();
    }

    void openPathShowsRows()
    {
        QSignalSpy opened(m_page.get(), &ui::DataPage::fileOpened);
        m_page->openPath(dataPath("penguins.csv"));
        QVERIFY(m_page->isLoading());
        QTRY_COMPARE(opened.count(), 1);
        QVERIFY(!m_page->isLoading());
        QCOMPARE(m_page->tablePanel()->tableModel()->rowCount(), 344);
        QCOMPARE(m_page->tablePanel()->summaryModel()->rowCount(), 7);
        QCOMPARE(m_page->dataset().table->missing_cells(), std::size_t(19));
    }

    void dropEventOpensTheFile()
    {
        QSignalSpy changed(m_page.get(), &ui::DataPage::datasetChanged);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dataPath("iris.csv"))});
        const QPoint centre = m_page->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(m_page->tablePanel()->tableModel()->rowCount(), 150);
        QCOMPARE(m_page->dataset().path, dataPath("iris.csv"));
    }

    void dropWithoutFilesIsRefused()
    {
        QMimeData mime;
        mime.setText(QStringLiteral("not a file"));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &enter);
        QVERIFY(!enter.isAccepted());
    }

    // Image files alone are no table: the page leaves the drag to the window, which reads them on the OCR page.
    void dropOfImageFilesIsLeftToTheWindow()
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dataPath("ocr/img_005.jpg"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &enter);
        QVERIFY(!enter.isAccepted());
        mime.setUrls({QUrl::fromLocalFile(dataPath("ocr/img_005.jpg")), QUrl::fromLocalFile(dataPath("iris.csv"))});
        QDragEnterEvent mixed(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &mixed);
        QVERIFY(mixed.isAccepted()); // a table among photos opens here
    }

    void targetChooserMarksTheRole()
    {
        QSignalSpy opened(m_page.get(), &ui::DataPage::fileOpened);
        m_page->openPath(dataPath("penguins.csv"));
        QTRY_COMPARE(opened.count(), 1);
        QComboBox* chooser = m_page->tablePanel()->targetChooser();
        QCOMPARE(chooser->count(), 8); // "(none)" + 7 columns
        chooser->setCurrentIndex(chooser->findText(QStringLiteral("sex")));
        const data::Table& table = *m_page->dataset().table;
        QCOMPARE(table.target_index().value(), *table.find("sex"));
        m_page->tablePanel()->setTarget(QStringLiteral("species"));
        QCOMPARE(table.target_index().value(), *table.find("species"));
        QCOMPARE(table.column("sex").role(), data::ColumnRole::feature);
        m_page->tablePanel()->setTarget(QString());
        QVERIFY(!table.target_index());
    }

    // A key a run would set aside says so on the Data page, with the engine's reason, before any run.
    void aKeyColumnReadsSetAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("order_id,qty,label\n");
            for (int i = 0; i < 40; ++i)
                f.write(QStringLiteral("%1,%2,%3\n").arg(7000 + i).arg(i % 9).arg(i % 2 ? "a" : "b").toUtf8());
        }
        QSignalSpy opened(m_page.get(), &ui::DataPage::fileOpened);
        m_page->openPath(path);
        QTRY_COMPARE(opened.count(), 1);
        const auto* summary = m_page->tablePanel()->summaryModel();
        const auto role = [summary](int row, int r) {
            return summary->data(summary->index(row, ui::SummaryModel::Role), r).toString();
        };
        QCOMPARE(role(0, Qt::DisplayRole), ui::SummaryModel::tr("set aside"));
        QVERIFY2(role(0, Qt::ToolTipRole).contains(QStringLiteral("a key")), qPrintable(role(0, Qt::ToolTipRole)));
        QCOMPARE(role(1, Qt::DisplayRole), QStringLiteral("feature"));
        QVERIFY(role(1, Qt::ToolTipRole).isEmpty());
    }

    void badFileShowsOneLineAndKeepsTable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ragged rows") << dataPath("bad/ragged_rows.csv");
        QTest::newRow("random bytes") << dataPath("bad/random_bytes.csv");
        QTest::newRow("missing file") << dataPath("no_such_file.csv");
    }

    void badFileShowsOneLineAndKeepsTable()
    {
        QFETCH(QString, file);
        QSignalSpy opened(m_page.get(), &ui::DataPage::fileOpened);
        QSignalSpy failed(m_page.get(), &ui::DataPage::loadFailed);
        m_page->openPath(dataPath("penguins.csv"));
        QTRY_COMPARE(opened.count(), 1);
        const auto* before = m_page->dataset().table.get();

        m_page->openPath(file);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(m_page->banner()->isVisible());
        QCOMPARE(m_page->banner()->kind(), ui::MessageBanner::Kind::Error);
        const QString text = m_page->banner()->text();
        QVERIFY2(!text.isEmpty() && !text.contains(QLatin1Char('\n')), qPrintable(text));
        QCOMPARE(m_page->dataset().table.get(), before);
        QCOMPARE(m_page->tablePanel()->tableModel()->rowCount(), 344);
        QVERIFY(!m_page->isLoading());

        // Still usable: the next good file loads and clears the banner.
        m_page->openPath(dataPath("iris.csv"));
        QVERIFY(!m_page->banner()->isVisible());
        QTRY_COMPARE(opened.count(), 2);
        QCOMPARE(m_page->tablePanel()->tableModel()->rowCount(), 150);
    }

    // The reader's words in the GUI's language, with the file, line and counts in place.
    void badFileReadsInTheGuiLanguage()
    {
        {
            ui::test::ScopedLanguage german(QStringLiteral("de"));
            QVERIFY(german.isLoaded());
            QSignalSpy failed(m_page.get(), &ui::DataPage::loadFailed);
            m_page->openPath(dataPath("bad/ragged_rows.csv"));
            QTRY_COMPARE(failed.count(), 1);
        }
        const QString text = m_page->banner()->text();
        QVERIFY2(text.contains(QStringLiteral("ragged_rows.csv:3: 3 Felder erwartet, 2 gefunden")), qPrintable(text));
    }

    void cancelKeepsThePreviousTable()
    {
        QSignalSpy opened(m_page.get(), &ui::DataPage::fileOpened);
        m_page->openPath(dataPath("iris.csv"));
        QTRY_COMPARE(opened.count(), 1);

        // A file large enough that reading it takes well over the moment Cancel needs.
        QTemporaryDir dir;
        const QString big = dir.filePath("big.csv");
        {
            QFile out(big);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QByteArray chunk;
            for (int i = 0; i < 1000; ++i)
                chunk += QByteArray::number(i) + ",0.25," + QByteArray::number(i * 7 % 13) + ",abc\n";
            out.write("a,b,c,d\n");
            for (int i = 0; i < 2000; ++i)
                out.write(chunk);
        }
        QSignalSpy loading(m_page.get(), &ui::DataPage::loadingChanged);
        QSignalSpy cancelled(m_engine.get(), &ui::EngineController::jobCancelled);
        m_page->openPath(big);
        QVERIFY(m_page->isLoading());
        m_page->cancelLoad();
        QTRY_COMPARE(cancelled.count(), 1);
        QVERIFY(!m_page->isLoading());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(m_page->dataset().path, dataPath("iris.csv"));
        QCOMPARE(m_page->tablePanel()->tableModel()->rowCount(), 150);
        QVERIFY(!m_page->banner()->isVisible()); // cancelling is not an error
    }

    void imageFolderShowsClassesAndThumbnails()
    {
        QSignalSpy opened(m_page.get(), &ui::DataPage::fileOpened);
        m_page->openPath(dataPath("images"));
        QTRY_COMPARE(opened.count(), 1);
        QVERIFY(m_page->dataset().images);
        ui::ClassCountsModel* counts = m_page->imagePanel()->classCounts();
        QAbstractItemModelTester countsTester(counts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(counts->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(counts->data(counts->index(row, ui::ClassCountsModel::Images)).toInt(), 4);
        ui::ThumbnailModel* thumbs = m_page->imagePanel()->thumbnails();
        QAbstractItemModelTester thumbTester(thumbs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(thumbs->rowCount(), 12);
        const auto pixmap = thumbs->data(thumbs->index(0, 0), Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(pixmap.size(), thumbs->thumbnailSize());
        const int decoded = thumbs->decodedCount();
        thumbs->data(thumbs->index(0, 0), Qt::DecorationRole); // cached: not decoded again
        QCOMPARE(thumbs->decodedCount(), decoded);
        QCOMPARE(m_page->tablePanel()->tableModel()->rowCount(), 0); // the table view was cleared
        QVERIFY2(m_page->imagePanel()->infoText().contains(QStringLiteral("28 × 28 pixels")),
                 qPrintable(m_page->imagePanel()->infoText()));
    }

    // Why files are left out or not read, in the GUI's language, each with its file.
    void imageFolderNotesReadInTheGuiLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir().mkpath(dir.filePath("Bag")) && QDir().mkpath(dir.filePath("Coat")));
        const QString image =
            QDir(dataPath("images")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot).first().filePath();
        const QString png = QDir(image).entryInfoList({"*.png"}).first().filePath();
        QVERIFY(QFile::copy(png, dir.filePath("Bag/a.png")) && QFile::copy(png, dir.filePath("Coat/b.png")));
        QFile source(png), broken(dir.filePath("Coat/broken.png")), notes(dir.filePath("Bag/notes.txt"));
        QVERIFY(source.open(QIODevice::ReadOnly) && broken.open(QIODevice::WriteOnly) &&
                notes.open(QIODevice::WriteOnly));
        broken.write(source.read(100)); // a header without the rest: truncated
        broken.close();
        notes.write("not an image\n");
        notes.close();

        {
            ui::test::ScopedLanguage german(QStringLiteral("de"));
            QVERIFY(german.isLoaded());
            QSignalSpy opened(m_page.get(), &ui::DataPage::fileOpened);
            m_page->openPath(dir.path());
            QTRY_COMPARE(opened.count(), 1);
        }
        const QString details = m_page->imagePanel()->infoDetails();
        QVERIFY2(details.contains(QStringLiteral("broken.png: abgeschnittenes PNG (kein IEND-Block)")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Bag: 1 .txt-Datei(en) nicht gelesen")), qPrintable(details));
    }

  private:
    std::unique_ptr<ui::EngineController> m_engine;
    std::unique_ptr<ui::DataPage> m_page;
};

QTEST_MAIN(TestDataPage)
#include "test_data_page.moc"
