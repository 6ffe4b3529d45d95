#include "ui/widgets/text_tone.h"

#include "ui/theme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QWidget>

namespace tern::ui {
namespace {

// Lives as a child of its widget and watches it; setting an unchanged palette sends no event, so re-applying the
// tone on the palette change it causes ends there.
class TextToneKeeper : public QObject {
  public:
    TextToneKeeper(QWidget* widget, TextTone tone) : QObject(widget), m_widget(widget), m_tone(tone)
    {
        widget->installEventFilter(this);
        apply();
    }

    void setTone(TextTone tone)
    {
        m_tone = tone;
        apply();
    }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_widget &&
            (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
            apply();
        return QObject::eventFilter(watched, event);
    }

  private:
    void apply()
    {
        const QPalette theme = QGuiApplication::palette();
        const QColor colour = m_tone == TextTone::Error     ? errorColour(theme)
                              : m_tone == TextTone::Warning ? warningColour(theme)
                                                            : mutedTextColour(theme);
        QPalette p = m_widget->palette();
        if (p.color(QPalette::WindowText) == colour && p.color(QPalette::Text) == colour)
            return;
        p.setColor(QPalette::WindowText, colour);
        p.setColor(QPalette::Text, colour);
        m_widget->setPalette(p);
    }

    QWidget* m_widget;
    TextTone m_tone;
};

} // namespace

void setTextTone(QWidget* widget, TextTone tone)
{
    for (QObject* child : widget->children())
        if (auto* keeper = dynamic_cast<TextToneKeeper*>(child)) {
            keeper->setTone(tone);
            return;
        }
    new TextToneKeeper(widget, tone);
}

} // namespace tern::ui
