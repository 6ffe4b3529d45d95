#include "ui/pages/export_page.h"

#include "engine/store/records.h"
#include "ui/dialogs/predict_dialog.h"
#include "ui/models/family_labels.h"
#include "ui/models/variant_table_model.h"
#include "ui/pages/export_candidate_picker.h"
#include "ui/pages/export_job_panel.h"
#include "ui/pages/export_residual_evaluator.h"
#include "ui/plots/variant_tradeoff_plot.h"
#include "ui/widgets/message_banner.h"
#include "ui/widgets/text_tone.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>
#include <set>
#include <utility>

namespace tern::ui {

ExportPage::ExportPage(EngineController* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_banner(new MessageBanner(this)), m_picker(new ExportCandidatePicker(this)),
      m_note(new QLabel(this)), m_model(new VariantTableModel(this)), m_table(new QTableView(this)),
      m_sliderRow(new QWidget(this)), m_slider(new QSlider(Qt::Horizontal, m_sliderRow)),
      m_sliderValue(new QLabel(m_sliderRow)), m_evaluating(new QLabel(tr("evaluating…"), m_sliderRow)),
      m_liveNote(new QLabel(this)), m_jobPanel(new ExportJobPanel(engine, this)),
      m_evaluator(new ResidualEvaluator(engine, this)), m_plot(new VariantTradeoffPlot(m_model, this))
{
    auto* title = new QLabel(tr("Export a model"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Choose a candidate and see what each precision costs it before you export: "
                                "model.onnx runs in ONNX Runtime, model.tern in Tern, model_card.json describes it."),
                             this);
    intro->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);
    // A translucent amber over the page's own colour, text in the palette's: reads on the light and dark themes.
    m_note->setStyleSheet(
        QStringLiteral("background: rgba(224, 163, 58, 40); border: 1px solid rgba(224, 163, 58, 150);"
                       " padding: 6px; border-radius: 4px;"));
    m_note->hide();
    m_note->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // The note names the best candidate that can be quantised when the chosen one cannot; its link shows it.
    connect(m_note, &QLabel::linkActivated, this, [this](const QString& link) {
        bool ok = false;
        const qint64 candidate = link.section(QLatin1Char(':'), 1).toLongLong(&ok);
        if (link.startsWith(QLatin1String("candidate:")) && ok)
            m_picker->select(m_picker->runId(), candidate);
    });

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Four precisions at most: the table is as tall as they are, the plot takes the rest.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            4 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 2);
    // Choosing a row chooses the precision to export.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        if (i.isValid())
            m_jobPanel->setPrecision(m_model->variant(i.row()).precision);
    });

    m_slider->setObjectName(QStringLiteral("residualFraction"));
    m_slider->setRange(0, 100);
    m_slider->setValue(100);
    m_slider->setSingleStep(5);
    m_slider->setPageStep(10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(10);
    m_slider->setToolTip(tr("Fraction of ternary residual blocks kept at inference: fewer blocks, less compute, "
                            "usually a lower score. No retraining needed."));
    m_sliderValue->setMinimumWidth(56);
    m_evaluating->setForegroundRole(QPalette::PlaceholderText); // follows the theme
    m_evaluating->setVisible(false);
    connect(m_slider, &QSlider::valueChanged, this, &ExportPage::onResidualChanged);
    m_liveNote->setWordWrap(true);
    setTextTone(m_liveNote, TextTone::Muted);
    m_liveNote->hide();
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExportPage::updateLiveNote);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExportPage::updateLiveNote);
    auto* sliderLabel = new QLabel(tr("Ternary residual &blocks kept:"), m_sliderRow);
    sliderLabel->setBuddy(m_slider);
    auto* sliderRow = new QHBoxLayout(m_sliderRow);
    sliderRow->setContentsMargins(0, 0, 0, 0);
    sliderRow->addWidget(sliderLabel);
    sliderRow->addWidget(m_slider, 1);
    sliderRow->addWidget(m_sliderValue);
    sliderRow->addWidget(m_evaluating);

    connect(m_picker, &ExportCandidatePicker::candidateChanged, this, &ExportPage::showCandidate);
    connect(m_picker, &ExportCandidatePicker::errorOccurred, this,
            [this](const QString& message) { m_banner->showMessage(MessageBanner::Kind::Error, message); });
    connect(m_evaluator, &ResidualEvaluator::busyChanged, m_evaluating, &QWidget::setVisible);
    connect(m_evaluator, &ResidualEvaluator::evaluated, this,
            [this](double fraction, const PrecisionVariant& v, double fp32Score, const QString& rowsNote) {
                if (std::abs(fraction - residualFraction()) > 1e-9)
                    return; // the slider has moved on; the newer fraction is queued
                m_shownFraction = fraction;
                m_model->setTernary(v, false, fp32Score, rowsNote);
            });
    connect(m_evaluator, &ResidualEvaluator::measured, this,
            [this](const PrecisionVariant& v, double fp32Score, const QString& rowsNote) {
                m_model->setMeasured(v, fp32Score, rowsNote);
            });
    connect(m_evaluator, &ResidualEvaluator::failed, this, [this](const QString& message) {
        m_model->setTernaryPending(false);
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Cannot evaluate the ternary variant: %1").arg(message));
    });
    connect(m_jobPanel, &ExportJobPanel::failed, this, [this](const QString& message) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Export failed: %1").arg(message));
    });
    connect(m_jobPanel, &ExportJobPanel::exported, this, [this](const QString& folder) {
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Exported to %1").arg(folder));
    });
    connect(m_jobPanel, &ExportJobPanel::predictRequested, this, &ExportPage::openPredictDialog);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_picker);
    layout->addWidget(m_note);
    layout->addWidget(m_table);
    layout->addWidget(m_sliderRow);
    layout->addWidget(m_liveNote);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_jobPanel);
    layout->addStretch(); // takes the plot's room when it is hidden
    showCandidate();
}

bool ExportPage::isQuantisable(const QString& family)
{
    return family == QLatin1String("mlp") || family == QLatin1String("linear");
}

double ExportPage::residualFraction() const
{
    return m_slider->value() / 100.0;
}

void ExportPage::setDatabasePath(const QString& path)
{
    m_picker->setDatabasePath(path);
}

bool ExportPage::openCandidate(const QString& databasePath, qint64 runId, qint64 candidate)
{
    m_preferredRun = 0; // an explicit choice wins over what the Leaderboard last looked at
    m_picker->setDatabasePath(databasePath);
    if (m_picker->select(runId, candidate))
        return true;
    m_banner->showMessage(
        MessageBanner::Kind::Error,
        tr("Run %1 has no finished candidate #%2 in %3.").arg(runId).arg(candidate).arg(databasePath));
    return false;
}

void ExportPage::openPredictDialog(const QString& modelFolder)
{
    auto* dialog = new PredictDialog(m_engine, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!modelFolder.isEmpty())
        dialog->loadModel(modelFolder);
    dialog->show();
}

void ExportPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    measureIfShown();
}

void ExportPage::measureIfShown()
{
    if (m_measureWhenShown && isVisible()) {
        m_measureWhenShown = false;
        m_evaluator->request(1.0);
    }
}

void ExportPage::refresh()
{
    m_picker->refresh();
    if (m_preferredRun > 0)
        m_picker->select(std::exchange(m_preferredRun, 0), std::exchange(m_preferredCandidate, 0));
}

void ExportPage::preferCandidate(qint64 runId, qint64 candidate)
{
    m_preferredRun = runId;
    m_preferredCandidate = candidate;
}

void ExportPage::showCandidate()
{
    const store::CandidateRecord* c = m_picker->candidate();
    if (!c) {
        m_shownKey.clear();
        m_model->clear();
        m_evaluator->setCandidate({}, 0, 0);
        m_jobPanel->setCandidate({}, 0, 0, false);
        m_note->setText(tr("No finished candidate yet: run AutoML on the Run page, or pick another run."));
        m_note->show();
        m_slider->setEnabled(false);
        m_sliderRow->hide();
        return;
    }
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(m_picker->databasePath())
                            .arg(m_picker->runId())
                            .arg(c->ordinal)
                            .arg(QString::fromStdString(c->details.dump()));
    if (key == m_shownKey)
        return;
    m_shownKey = key;
    const QString family = QString::fromStdString(c->family);
    const bool quantisable = isQuantisable(family);
    const bool mixed = !quantisable && hasQuantisableMember(*c);
    // A mixed ensemble's precisions were never scored by the search: the evaluator measures them all on demand.
    m_model->setCandidate(*c, quantisable || mixed, m_picker->metric());
    m_evaluator->setCandidate(m_picker->databasePath(), m_picker->runId(), c->ordinal, mixed);
    m_jobPanel->setCandidate(m_picker->databasePath(), m_picker->runId(), c->ordinal, quantisable || mixed);
    m_slider->setEnabled(quantisable || mixed);
    m_sliderRow->setVisible(quantisable || mixed);
    m_plot->setVisible(quantisable || mixed); // fp32 alone is one dot on an empty trade-off
    if (mixed)
        m_note->setText(tr("bf16, int8 and ternary quantise this ensemble's MLP and linear members and keep its other "
                           "members in fp32; the model card gives each member's precision."));
    else if (!quantisable)
        m_note->setText(fp32OnlyNote(family));
    else if (!c->details.contains("variants"))
        m_note->setText(tr("The search stored no precision variants for this candidate; export quantises it anyway "
                           "and the slider measures ternary on demand."));
    m_note->setVisible(!quantisable || !c->details.contains("variants"));
    m_shownFraction = 1.0;
    {
        const QSignalBlocker block(m_slider); // a new candidate starts where the search measured it: all blocks
        m_slider->setValue(100);
    }
    m_measureWhenShown = mixed;
    if (mixed)
        m_model->setTernaryPending(true);
    measureIfShown();
    onResidualChanged();
}

bool ExportPage::hasQuantisableMember(const store::CandidateRecord& ensemble) const
{
    if (ensemble.family != "ensemble" || !ensemble.params.contains("members"))
        return false;
    std::set<qint64> members;
    for (const auto& m : ensemble.params["members"])
        if (m.is_number_integer())
            members.insert(m.get<qint64>());
    return m_picker->bestWhere([&](const store::CandidateRecord& c) {
        return members.count(c.ordinal) && isQuantisable(QString::fromStdString(c.family));
    }) != nullptr;
}

QString ExportPage::fp32OnlyNote(const QString& family) const
{
    const QString why = tr("Only fp32 for %1 candidates: bf16, int8 and ternary variants exist for MLP and linear "
                           "models, whose weights are dense layers that can be quantised.")
                            .arg(familyLabel(family.toStdString()).toHtmlEscaped());
    const store::CandidateRecord* best = m_picker->bestWhere(
        [](const store::CandidateRecord& c) { return isQuantisable(QString::fromStdString(c.family)); });
    if (!best)
        return why + QLatin1Char(' ') + tr("This run has none.");
    const QString name = QStringLiteral("#%1 %2 · %3")
                             .arg(best->ordinal)
                             .arg(familyLabel(best->family))
                             .arg(QLocale().toString(*best->score, 'f', 4));
    return why + QLatin1Char(' ') +
           tr("The best of them in this run: %1.")
               .arg(QStringLiteral("<a href=\"candidate:%1\">%2</a>").arg(best->ordinal).arg(name.toHtmlEscaped()));
}

void ExportPage::updateLiveNote()
{
    const QString note = m_model->liveNote();
    m_liveNote->setVisible(!note.isEmpty());
    if (note.isEmpty())
        return;
    if (m_model->isLive(QStringLiteral("int8")))
        m_liveNote->setText(tr("bf16, int8 and ternary were measured just now on %1, so their changes are against "
                               "fp32 on those rows.")
                                .arg(note));
    else
        m_liveNote->setText(tr("Ternary at this fraction was measured just now on %1, so its change is against "
                               "fp32 on those rows; the other rows come from the search's out-of-fold scores.")
                                .arg(note));
}

void ExportPage::onResidualChanged()
{
    const double fraction = residualFraction();
    // As the table and the plot write it: "r = 0.90", not "90 %" beside "r = 0.9".
    m_sliderValue->setText(tr("r = %1").arg(QLocale().toString(m_slider->value() / 100.0, 'f', 2)));
    m_jobPanel->setResidualFraction(fraction);
    if (m_model->rowOf(QStringLiteral("ternary")) < 0)
        return;
    if (const auto stored = m_model->storedTernary(fraction)) {
        m_shownFraction = fraction;
        m_model->setTernary(*stored, false); // measured by the search: nothing to compute
        return;
    }
    if (std::abs(fraction - m_shownFraction) < 1e-9)
        return;
    m_model->setTernaryPending(true);
    m_evaluator->request(fraction);
}

} // namespace tern::ui
