#include "ui/widgets/message_banner.h"

#include "ui/widgets/themed_icon.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace tern::ui {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    // Wrapped, and never wider than the banner: a long message (a list of missing columns) made the Predict dialog
    // 32,767 px wide, its buttons off screen.
    m_text->setWordWrap(true);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // users copy error messages into bug reports
    m_close->setAutoRaise(true);
    m_close->setIcon(themedIcon(QStringLiteral("close")));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    // Tinted background with a darker border of the same hue, readable in light and dark palettes.
    QString colour = QStringLiteral("#2a7ab0");
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning) {
        colour = QStringLiteral("#c98a00");
        icon = QStyle::SP_MessageBoxWarning;
    } else if (kind == Kind::Error) {
        colour = QStringLiteral("#c0392b");
        icon = QStyle::SP_MessageBoxCritical;
    }
    setStyleSheet(QStringLiteral("#messageBanner { border: 1px solid %1; border-radius: 4px; "
                                 "background: rgba(%2, %3, %4, 28); }")
                      .arg(colour)
                      .arg(QColor(colour).red())
                      .arg(QColor(colour).green())
                      .arg(QColor(colour).blue()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    m_text->setToolTip(text);
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::dismiss()
{
    hide();
}

} // namespace tern::ui
