#include "ui/pages/placeholder_page.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace tern::ui {

PlaceholderPage::PlaceholderPage(const QString& iconPath, const QString& title, const QString& description,
                                 QWidget* parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_description(new QLabel(description, this))
{
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);

    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);

    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignCenter);
    // A fixed width lets the word-wrapped label report its real height (a maximum width alone clips it).
    m_description->setFixedWidth(560);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    auto* centred = new QHBoxLayout; // not addWidget(..., AlignHCenter): an aligned item ignores heightForWidth
    centred->addStretch();
    centred->addWidget(m_description);
    centred->addStretch();
    layout->addLayout(centred);
    layout->addStretch(3);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}
QString PlaceholderPage::description() const
{
    return m_description->text();
}

} // namespace tern::ui
