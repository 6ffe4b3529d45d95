#include "ui/widgets/drop_hint.h"

#include "ui/widgets/themed_icon.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace tern::ui {

DropHint::DropHint(QWidget* parent) : QWidget(parent), m_icon(new QLabel(this))
{
    m_icon->setPixmap(themedIcon(QStringLiteral("drop")).pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignCenter);

    auto* title = new QLabel(tr("Drop a data file or an image folder here"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    auto* detail =
        new QLabel(tr("CSV, TSV or ARFF tables, or a folder with one sub-folder of images per class."), this);
    detail->setAlignment(Qt::AlignCenter);
    detail->setWordWrap(true);

    auto* openFile = new QPushButton(themedIcon(QStringLiteral("open")), tr("Open File..."), this);
    auto* openFolder = new QPushButton(themedIcon(QStringLiteral("folder")), tr("Open Folder..."), this);
    connect(openFile, &QPushButton::clicked, this, &DropHint::openFileRequested);
    connect(openFolder, &QPushButton::clicked, this, &DropHint::openFolderRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openFile);
    buttons->addWidget(openFolder);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch();
    layout->addWidget(m_icon);
    layout->addSpacing(12);
    layout->addWidget(title);
    layout->addWidget(detail);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch();
}

void DropHint::setHighlighted(bool on)
{
    m_highlighted = on;
    update();
}

void DropHint::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) // a label keeps the pixmap it was given: draw it in the new colours
        m_icon->setPixmap(themedIcon(QStringLiteral("drop")).pixmap(64, 64));
    QWidget::changeEvent(event);
}

void DropHint::paintEvent(QPaintEvent*)
{
    // A dashed rounded frame: the conventional "drop here" affordance.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor colour = m_highlighted ? palette().highlight().color() : palette().mid().color();
    QPen pen(colour, m_highlighted ? 2.5 : 1.5, Qt::DashLine);
    painter.setPen(pen);
    if (m_highlighted) {
        QColor fill = palette().highlight().color();
        fill.setAlpha(24);
        painter.setBrush(fill);
    }
    painter.drawRoundedRect(rect().adjusted(16, 16, -16, -16), 12, 12);
}

} // namespace tern::ui
