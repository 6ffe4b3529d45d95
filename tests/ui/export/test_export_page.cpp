// The Export page and the Predict dialog against a real run: a short AutoML run on iris (mlp and naive Bayes) is
// stored once; the page fills its precision table from it, the residual slider re-evaluates ternary on the engine
// thread (coalescing a fast drag), an int8 export writes its folder, the Predict dialog loads that folder and
// predicts a table, and bad input ends in the banner. The leaderboard's model shows the variants as child rows.
#include "engine/export/exporter.h"
#include "engine/search/runner.h"
#include "engine/store/store.h"
#include "tests/ui/ui_test_support.h"
#include "ui/dialogs/predict_dialog.h"
#include "ui/engine_controller.h"
#include "ui/main_window.h"
#include "ui/models/candidate_table_model.h"
#include "ui/models/prediction_table_model.h"
#include "ui/models/variant_table_model.h"
#include "ui/pages/export_candidate_picker.h"
#include "ui/pages/export_job_panel.h"
#include "ui/pages/export_page.h"
#include "ui/pages/export_residual_evaluator.h"
#include "ui/pages/leaderboard_page.h"
#include "ui/plots/accuracy_latency_plot.h"
#include "ui/plots/variant_tradeoff_plot.h"
#include "ui/widgets/message_banner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <cmath>
#include <map>
#include <thread>

using namespace tern;
using namespace tern::ui;

class TestExportPage : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase()
    {
        test::prepareUiTest();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("tern.db"));
        search::RunSpec spec;
        spec.data_path = test::dataPath(QStringLiteral("iris.csv")).toStdString();
        spec.target = "species";
        spec.budget_s = 20;
        spec.folds = 3;
        spec.seed = 7;
        spec.families = {"mlp", "naive_bayes"};
        spec.max_candidates = 3;
        auto store = store::Store::open(m_db.toStdString());
        search::NullObserver observer;
        const auto outcome = search::Runner(store).run(spec, observer);
        QCOMPARE(QString::fromStdString(outcome.status), QStringLiteral("finished"));
        m_run = outcome.run_id;
        for (const auto& c : store.load_candidates(m_run)) {
            if (c.status != "ok")
                continue;
            if (c.family == "mlp" && !m_mlp)
                m_mlp = c.ordinal;
            if (c.family == "naive_bayes" && !m_other)
                m_other = c.ordinal;
            if (c.family == "ensemble")
                m_ensembleMembers[c.ordinal] = c.params["members"].size();
        }
        QVERIFY2(m_mlp > 0, "the run has no finished mlp candidate");
        QVERIFY2(m_other > 0, "the run has no finished naive_bayes candidate");
    }

    void tableFilledFromStore()
    {
        EngineController engine;
        ExportPage page(&engine);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.openCandidate(m_db, m_run, m_mlp));
        VariantTableModel* model = page.model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->variant(0).precision, QStringLiteral("fp32"));
        QCOMPARE(page.plot()->pointCount(), 4); // one symbol per precision
        const auto store = store::Store::open(m_db.toStdString(), store::OpenMode::read_only);
        std::optional<double> fp32Score;
        for (const auto& c : store.load_candidates(m_run))
            if (c.ordinal == m_mlp)
                fp32Score = c.score;
        QVERIFY(fp32Score);
        QCOMPARE(*model->variant(0).score, *fp32Score);
        // The search stored bf16, int8 and ternary variants of the mlp: each row has a score and a size.
        for (const QString& precision : {QStringLiteral("bf16"), QStringLiteral("int8"), QStringLiteral("ternary")}) {
            const int row = model->rowOf(precision);
            QVERIFY(row > 0);
            QVERIFY2(model->variant(row).score.has_value(), qPrintable(precision));
            QVERIFY2(model->variant(row).sizeBytes.value_or(0) > 0, qPrintable(precision));
        }
        QVERIFY(*model->variant(model->rowOf(QStringLiteral("ternary"))).sizeBytes <
                *model->variant(model->rowOf(QStringLiteral("bf16"))).sizeBytes);
        // Each change is the one measured against fp32 on the rows the variant was scored on, not against the
        // candidate's mean over folds (a different basis that made bf16 look 0.4 points better than fp32).
        for (const QString& precision : {QStringLiteral("bf16"), QStringLiteral("int8"), QStringLiteral("ternary")}) {
            const PrecisionVariant& v = model->variant(model->rowOf(precision));
            QVERIFY(v.heldOutScore && v.fp32OnThoseRows);
            QVERIFY(std::abs(*model->change(model->rowOf(precision)) - (*v.heldOutScore - *v.fp32OnThoseRows) * 100) <
                    1e-9);
            QVERIFY(std::abs(*v.score - (*fp32Score + *v.heldOutScore - *v.fp32OnThoseRows)) < 1e-12);
        }

        // A family that cannot be quantised shows fp32 only, without the slider, and its note links the run's best
        // quantisable candidate (the only mlp here); following the link shows that one.
        QVERIFY(page.openCandidate(m_db, m_run, m_other));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!page.residualSlider()->isEnabled());
        QVERIFY(!page.residualSlider()->isVisibleTo(&page));
        auto* note = page.findChild<QLabel*>(QStringLiteral("exportNote"));
        QVERIFY(note && note->isVisibleTo(&page));
        const QString link = QStringLiteral("candidate:%1").arg(m_mlp);
        QVERIFY2(note->text().contains(link), qPrintable(note->text()));
        emit note->linkActivated(link);
        QCOMPARE(page.picker()->candidate()->ordinal, m_mlp);
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(page.residualSlider()->isVisibleTo(&page));
        QVERIFY(page.openCandidate(m_db, m_run, m_other));

        // An ensemble with the mlp among its members exports in every precision (the mlp quantised, the rest fp32);
        // the search stored no variants of it, so its bf16, int8 and ternary rows are measured when it is shown,
        // and not before the page is seen (a measurement at start-up would hold up the engine's first run).
        int mixed = 0;
        for (const auto& [ensemble, members] : m_ensembleMembers) {
            if (members < 2)
                continue;
            ++mixed;
            QVERIFY(page.openCandidate(m_db, m_run, ensemble));
            auto* precision = page.jobPanel()->findChild<QComboBox*>(QStringLiteral("precision"));
            QVERIFY(precision && precision->findText(QStringLiteral("int8")) >= 0);
            QVERIFY2(note->text().contains(QStringLiteral("keep its other members in fp32")), qPrintable(note->text()));
            QCOMPARE(model->rowCount(), 4);
            QVERIFY(page.residualSlider()->isVisibleTo(&page));
            QVERIFY(!page.evaluator()->isBusy());
            page.show();
            QVERIFY(page.evaluator()->isBusy());
            QTRY_VERIFY_WITH_TIMEOUT(!page.evaluator()->isBusy(), 120000);
            for (const QString& name : {QStringLiteral("bf16"), QStringLiteral("int8"), QStringLiteral("ternary")}) {
                const int row = model->rowOf(name);
                QVERIFY2(model->isLive(name), qPrintable(name));
                QVERIFY2(model->variant(row).score && model->variant(row).latencyUs, qPrintable(name));
                QVERIFY2(std::abs(*model->change(row)) < 5.0, qPrintable(name)); // iris: at most a few points lost
            }
            QVERIFY(!model->liveNote().isEmpty());
            page.hide();
        }
        QVERIFY2(mixed > 0, "the run should have an ensemble of its mlp and naive Bayes");
        QVERIFY(page.openCandidate(m_db, m_run, m_other));
        QVERIFY(!page.openCandidate(m_db, m_run, 999));
        QVERIFY(page.banner()->isVisibleTo(&page));
    }

    void sliderReEvaluatesTernaryCoalesced()
    {
        EngineController engine;
        ExportPage page(&engine);
        QVERIFY(page.openCandidate(m_db, m_run, m_mlp));
        VariantTableModel* model = page.model();
        const int row = model->rowOf(QStringLiteral("ternary"));
        QSignalSpy evaluated(page.evaluator(), &ResidualEvaluator::evaluated);
        page.residualSlider()->setValue(30);
        QVERIFY(page.evaluator()->isBusy());
        // A fast drag while the first evaluation runs: only the last position is evaluated next.
        for (int v : {32, 34, 36, 38, 40})
            page.residualSlider()->setValue(v);
        QTRY_VERIFY_WITH_TIMEOUT(!page.evaluator()->isBusy(), 120000);
        QCOMPARE(page.evaluator()->evaluationsStarted(), 2);
        QCOMPARE(evaluated.size(), 2);
        QCOMPARE(evaluated.last().at(0).toDouble(), 0.40);
        const PrecisionVariant& shown = model->variant(row);
        QCOMPARE(*shown.residualFraction, 0.40);
        QVERIFY(shown.score && *shown.score > 0);
        QVERIFY(shown.latencyUs && *shown.latencyUs > 0);
        QVERIFY(shown.multiplies.value_or(0) > 0);

        // A stored fraction is shown at once, without computing.
        page.residualSlider()->setValue(50);
        QVERIFY(!page.evaluator()->isBusy());
        QCOMPARE(*model->variant(row).residualFraction, 0.5);
    }

    void exportThenPredict()
    {
        EngineController engine;
        ExportPage page(&engine);
        QVERIFY(page.openCandidate(m_db, m_run, m_mlp));
        ExportJobPanel* panel = page.jobPanel();
        panel->setPrecision(QStringLiteral("int8"));
        QCOMPARE(panel->precision(), QStringLiteral("int8"));
        const QString out = panel->proposedFolder(m_dir.path());
        QVERIFY(out.endsWith(QStringLiteral("-int8")));
        QSignalSpy exported(panel, &ExportJobPanel::exported);
        panel->exportTo(out);
        QVERIFY(panel->isExporting());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isExporting(), 120000);
        QCOMPARE(exported.size(), 1);
        for (const char* file : {"model.onnx", "model.tern", "model_card.json"})
            QVERIFY2(QFile::exists(QDir(out).filePath(QString::fromLatin1(file))), file);
        QVERIFY(panel->proposedFolder(m_dir.path()) != out); // the next export gets a fresh folder

        PredictDialog dialog(&engine);
        QAbstractItemModelTester tester(dialog.predictions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy predicted(&dialog, &PredictDialog::predicted);
        QVERIFY(PredictDialog::isModelPath(out));
        dialog.loadModel(out);
        dialog.setTablePath(test::dataPath(QStringLiteral("iris.csv"))); // predicted as soon as the model is in
        QTRY_VERIFY_WITH_TIMEOUT(!predicted.isEmpty(), 60000);
        QVERIFY(dialog.modelSummary().contains(QStringLiteral("int8")));
        PredictionTableModel* rows = dialog.predictions();
        QCOMPARE(rows->rowCount(), 150);
        QCOMPARE(rows->columnCount(), 5); // the actual species, the prediction, one probability per species
        QCOMPARE(rows->headerData(0, Qt::Horizontal).toString(), PredictionTableModel::tr("Actual"));
        const QString actual = rows->data(rows->index(0, 0)).toString();
        QVERIFY(actual.startsWith(QStringLiteral("Iris-")) || actual == QStringLiteral("setosa"));
        const QString first = rows->data(rows->index(0, 1)).toString();
        QVERIFY(first.startsWith(QStringLiteral("Iris-")) || first == QStringLiteral("setosa"));
        double sum = 0;
        for (int c = 2; c < 5; ++c)
            sum += rows->data(rows->index(0, c), PredictionTableModel::SortRole).toDouble();
        QVERIFY(std::abs(sum - 1.0) < 1e-3);
        // iris.csv holds the target: the dialog says how the model did on it.
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Balanced accuracy 0.")) &&
                     dialog.statusText().contains(QStringLiteral("on the 150 row")),
                 qPrintable(dialog.statusText()));
        // A file whose target holds no class the model knows says so instead of showing no score at all.
        const QString strangers = m_dir.filePath(QStringLiteral("unknown-species.csv"));
        {
            QFile in(test::dataPath(QStringLiteral("iris.csv"))), out(strangers);
            QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
            out.write(in.readLine());
            for (int i = 0; i < 3 && !in.atEnd(); ++i) {
                QByteArray line = in.readLine().trimmed();
                out.write(line.left(line.lastIndexOf(',') + 1) + "Iris-nova\n");
            }
        }
        predicted.clear();
        dialog.setTablePath(strangers);
        QTRY_VERIFY_WITH_TIMEOUT(!predicted.isEmpty(), 60000);
        QVERIFY2(
            dialog.statusText().contains(PredictDialog::tr("No score: no row's target is a class the model knows (%1).")
                                             .arg(QStringLiteral("Iris-nova"))),
            qPrintable(dialog.statusText()));
        predicted.clear();
        dialog.setTablePath(test::dataPath(QStringLiteral("iris.csv")));
        QTRY_VERIFY_WITH_TIMEOUT(!predicted.isEmpty(), 60000);

        const QString csv = m_dir.filePath(QStringLiteral("predictions.csv"));
        QVERIFY(dialog.saveCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 151);
        QVERIFY(lines.first().startsWith("prediction,p_")); // as tern-cli predict writes it: no actual column
        QCOMPARE(lines.first().count(','), 3);
        QCOMPARE(lines[1].count(','), 3);
    }

    void cancelledExportLeavesNoFolder()
    {
        EngineController engine;
        ExportPage page(&engine);
        QVERIFY(page.openCandidate(m_db, m_run, m_mlp));
        // Hold the engine thread so that the export is still queued when Cancel is pressed.
        std::atomic<bool> release = false;
        engine.submit(QStringLiteral("hold"), [&release](const JobControl&) {
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        });
        const QString out = m_dir.filePath(QStringLiteral("cancelled"));
        page.jobPanel()->exportTo(out);
        QVERIFY(page.jobPanel()->isExporting());
        page.jobPanel()->cancel();
        release = true;
        QTRY_VERIFY_WITH_TIMEOUT(!page.jobPanel()->isExporting(), 60000);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(page.jobPanel()->lastExport().isEmpty());
    }

    void droppedFolderThenTablesPredict()
    {
        EngineController engine;
        ExportPage page(&engine);
        QVERIFY(page.openCandidate(m_db, m_run, m_mlp));
        const QString out = m_dir.filePath(QStringLiteral("dropped-fp32"));
        page.jobPanel()->exportTo(out);
        QTRY_VERIFY_WITH_TIMEOUT(!page.jobPanel()->isExporting(), 120000);
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("model.tern"))));

        PredictDialog dialog(&engine);
        QSignalSpy loaded(&dialog, &PredictDialog::modelLoaded);
        QSignalSpy predicted(&dialog, &PredictDialog::predicted);
        const auto drop = [&dialog](const QString& path) { dialog.openPath(path); }; // what dropEvent calls
        drop(out);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY(dialog.modelSummary().contains(QStringLiteral("fp32")));
        drop(test::dataPath(QStringLiteral("iris.csv")));
        QTRY_VERIFY_WITH_TIMEOUT(!predicted.isEmpty(), 60000);
        QCOMPARE(predicted.first().at(0).toInt(), 150);
        // A table without the model's columns ends in the banner, and the earlier rows stay.
        drop(test::dataPath(QStringLiteral("penguins.csv")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.banner()->isVisibleTo(&dialog), 60000);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(dialog.predictions()->rowCount(), 150);
    }

    // A model of images predicts a dropped folder of images: one row per image, named in a File column and in the
    // saved CSV, as tern-cli predict prints them.
    void imageModelPredictsDroppedImages()
    {
        const QString images =
            QFileInfo(test::dataPath(QStringLiteral("iris.csv"))).absolutePath() + QStringLiteral("/images");
        search::RunSpec spec;
        spec.data_path = images.toStdString();
        spec.budget_s = 20;
        spec.folds = 2;
        spec.families = {"naive_bayes"};
        spec.max_candidates = 1;
        auto store = store::Store::open(m_db.toStdString());
        search::NullObserver observer;
        const auto outcome = search::Runner(store).run(spec, observer);
        QCOMPARE(QString::fromStdString(outcome.status), QStringLiteral("finished"));
        const QString out = m_dir.filePath(QStringLiteral("images-fp32"));
        exporting::export_candidate(store, outcome.run_id, 1, {}, out.toStdString(), {});

        EngineController engine;
        PredictDialog dialog(&engine);
        QAbstractItemModelTester tester(dialog.predictions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&dialog, &PredictDialog::modelLoaded);
        QSignalSpy predicted(&dialog, &PredictDialog::predicted);
        dialog.openPath(out);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY(dialog.modelSummary().contains(PredictDialog::tr(", predicts images")));
        dialog.openPath(images); // a folder: for a model of images, its images
        QTRY_VERIFY_WITH_TIMEOUT(!predicted.isEmpty(), 60000);
        PredictionTableModel* rows = dialog.predictions();
        const int count = int(QDir(images + QStringLiteral("/Bag")).entryList(QDir::Files).size() +
                              QDir(images + QStringLiteral("/Sneaker")).entryList(QDir::Files).size() +
                              QDir(images + QStringLiteral("/Trouser")).entryList(QDir::Files).size());
        QCOMPARE(rows->rowCount(), count);
        QCOMPARE(rows->headerData(0, Qt::Horizontal).toString(), PredictionTableModel::tr("File"));
        QVERIFY(rows->data(rows->index(0, 0)).toString().endsWith(QStringLiteral(".png")));
        QCOMPARE(rows->columnCount(), 1 + 1 + 3);
        const QString csv = m_dir.filePath(QStringLiteral("image-predictions.csv"));
        QVERIFY(dialog.saveCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("file,prediction,p_Bag,p_Sneaker,p_Trouser"));
        QVERIFY(file.readLine().contains("/Bag/"));
    }

    void leaderboardExportOpensTheExportPage()
    {
        // The application's one store (TERN_DB), as when History reopens a run on the Leaderboard.
        const QByteArray previous = qgetenv("TERN_DB");
        qputenv("TERN_DB", m_db.toLocal8Bit());
        MainWindow window;
        if (previous.isNull())
            qunsetenv("TERN_DB");
        else
            qputenv("TERN_DB", previous);
        auto* board = qobject_cast<LeaderboardPage*>(window.page(MainWindow::Leaderboard));
        auto* page = qobject_cast<ExportPage*>(window.page(MainWindow::Export));
        QVERIFY(board && page);
        QVERIFY(board->showStoredRun(m_db, m_run));
        board->selectCandidate(m_mlp);
        QPushButton* exportButton = nullptr;
        for (auto* button : board->findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("&Export…"))
                exportButton = button;
        QVERIFY(exportButton && exportButton->isEnabled());
        exportButton->click();
        QCOMPARE(window.currentPage(), int(MainWindow::Export));
        QVERIFY(page->picker()->candidate());
        QCOMPARE(page->picker()->candidate()->ordinal, m_mlp);
        QCOMPARE(page->model()->rowCount(), 4);

        // Reached from the sidebar, the page shows what the Leaderboard looks at, not the newest run's choice.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPage(MainWindow::Leaderboard);
        board->selectCandidate(m_other);
        window.setCurrentPage(MainWindow::Export);
        QVERIFY(page->picker()->candidate());
        QCOMPARE(page->picker()->candidate()->ordinal, m_other);
    }

    void badInputEndsInTheBanner()
    {
        EngineController engine;
        PredictDialog dialog(&engine);
        QTemporaryDir empty;
        QVERIFY(!PredictDialog::isModelPath(empty.path()));
        dialog.loadModel(empty.path());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        QVERIFY(!dialog.hasModel());
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(!dialog.banner()->text().isEmpty());
        QVERIFY(!dialog.saveCsv(QStringLiteral("/nonexistent-folder/x.csv")));
    }

    void leaderboardShowsVariantsAsChildren()
    {
        const auto store = store::Store::open(m_db.toStdString(), store::OpenMode::read_only);
        std::vector<search::CandidateResult> results;
        for (const auto& record : store.load_candidates(m_run))
            results.push_back(search::CandidateResult::from_record(record));
        CandidateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates(results);
        QCOMPARE(model.rowCount(), static_cast<int>(results.size()));
        const QModelIndex mlp = model.index(model.rowOf(m_mlp), 0);
        QVERIFY(model.rowCount(mlp) >= 3); // bf16, int8, ternary (at several residual fractions)
        const QModelIndex child = model.index(0, CandidateTableModel::Family, mlp);
        QVERIFY(model.variant(child));
        QCOMPARE(model.candidateRow(child), mlp.row());
        QCOMPARE(model.rowCount(model.index(model.rowOf(m_other), 0)), 0);
        model.addCandidate(results.front()); // replacing a row keeps the tree consistent

        AccuracyLatencyPlot plot;
        for (const auto& r : results)
            plot.addCandidate(r);
        QVERIFY(plot.variantPointCount() >= 3);
    }

    // Not a check: with TERN_SCREENSHOT=file.png set, saves the page as docs/screenshots/export.png shows it
    // (TERN_SCREENSHOT_SOURCE=db:run:candidate shows another store's candidate instead of this test's run).
    void screenshotForDocs()
    {
        const QString file = qEnvironmentVariable("TERN_SCREENSHOT");
        if (file.isEmpty())
            QSKIP("TERN_SCREENSHOT not set");
        const QStringList source = qEnvironmentVariable("TERN_SCREENSHOT_SOURCE").split(QLatin1Char(':'));
        EngineController engine;
        ExportPage page(&engine);
        page.resize(1100, 720);
        page.show();
        if (source.size() == 3)
            QVERIFY(page.openCandidate(source[0], source[1].toLongLong(), source[2].toLongLong()));
        else
            QVERIFY(page.openCandidate(m_db, m_run, m_mlp));
        page.residualSlider()->setValue(25);
        QTRY_VERIFY_WITH_TIMEOUT(!page.evaluator()->isBusy(), 120000);
        page.jobPanel()->setPrecision(QStringLiteral("ternary"));
        QTest::qWait(300);
        QVERIFY(page.grab().save(file));
    }

  private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_run = 0, m_mlp = 0, m_other = 0;
    std::map<qint64, std::size_t> m_ensembleMembers; // ensemble ordinal: its member count
};

QTEST_MAIN(TestExportPage)
#include "test_export_page.moc"
